package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Countries and their dated group memberships, held in memory for evaluation. */
public final class CountryDirectory {

  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, List<GroupMembership>> membershipsByCountry = new HashMap<>();

  public CountryDirectory(Collection<Country> countries, Collection<GroupMembership> memberships) {
    countries.forEach(country -> this.countries.put(country.code(), country));
    memberships.stream()
        .sorted(java.util.Comparator.comparing(GroupMembership::group))
        .forEach(
            m -> membershipsByCountry.computeIfAbsent(m.country(), c -> new ArrayList<>()).add(m));
  }

  public Optional<Country> find(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Collection<String> codes() {
    return countries.keySet();
  }

  public String treatedAs(String code, LocalDate date) {
    Country country = countries.get(code);
    return country == null ? code : country.treatedAsOn(date);
  }

  /** The groups of the country the EAR treats {@code code} as, on {@code date}. */
  public List<String> groupsOf(String code, LocalDate date) {
    String effective = treatedAs(code, date);
    return membershipsByCountry.getOrDefault(effective, List.of()).stream()
        .filter(m -> m.inForceOn(date))
        .map(GroupMembership::group)
        .distinct()
        .toList();
  }
}

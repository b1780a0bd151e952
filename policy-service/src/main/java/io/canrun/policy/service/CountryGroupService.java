package io.canrun.policy.service;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.model.AuditEntry;
import io.canrun.policy.model.CountryGroup;
import io.canrun.policy.model.CountryRecord;
import io.canrun.policy.model.GroupMembershipRevision;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.policy.model.Revision;
import io.canrun.web.paging.PageResult;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Countries, country groups and their dated memberships. Membership writes create a policy version
 * and an audit entry; a new group is recorded with the version that created it.
 */
@ApplicationScoped
public class CountryGroupService {

  private final PolicyVersions versions;
  private final VersionedWrites writes;

  public CountryGroupService(PolicyVersions versions, VersionedWrites writes) {
    this.versions = versions;
    this.writes = writes;
  }

  @Transactional
  public PageResult<CountryRecord> countries(int page, int size) {
    PanacheQuery<CountryRecord> all = CountryRecord.findAll(Sort.by("code"));
    return new PageResult<>(all.page(page, size).list(), page, size, all.count());
  }

  @Transactional
  public CountryRecord country(String code) {
    CountryRecord country = CountryRecord.findById(code.toUpperCase(Locale.ROOT));
    if (country == null) {
      throw NotFound.of(
          "country",
          code,
          CountryRecord.<CountryRecord>listAll().stream().map(c -> c.code).toList());
    }
    return country;
  }

  @Transactional
  public List<CountryGroup> groups() {
    return CountryGroup.listAll(Sort.by("code"));
  }

  @Transactional
  public CountryGroup group(String code) {
    CountryGroup group = CountryGroup.findById(code);
    if (group == null) {
      throw NotFound.of("country group", code, groupCodes());
    }
    return group;
  }

  @Transactional
  public CountryGroup createGroup(CountryGroup draft, String actor) {
    long version = writes.begin(actor, "Create country group " + draft.code);
    if (CountryGroup.findById(draft.code) != null) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Country group '" + draft.code + "' already exists.");
    }
    draft.createdVersion = version;
    draft.persist();
    writes.audit(
        AuditEntry.Kind.COUNTRY_GROUP,
        draft.code,
        AuditEntry.Action.CREATE,
        null,
        writes.write(draft),
        version,
        actor);
    CountryGroup.getEntityManager().flush();
    return draft;
  }

  /** Memberships of a group valid at {@code version}; with {@code asOf}, only those in force. */
  @Transactional
  public PageResult<GroupMembershipRevision> members(
      String groupCode, LocalDate asOf, Long version, int page, int size) {
    group(groupCode);
    PolicyVersion at = versions.resolve(version, "version");
    String query = "groupCode = :group and " + Revision.AT_VERSION;
    Parameters parameters = Parameters.with("group", groupCode).and("version", at.version);
    if (asOf != null) {
      query +=
          " and (effectiveFrom is null or effectiveFrom <= :asOf)"
              + " and (effectiveTo is null or effectiveTo > :asOf)";
      parameters.and("asOf", asOf);
    }
    PanacheQuery<GroupMembershipRevision> found =
        GroupMembershipRevision.find(query, Sort.by("countryCode").and("membershipId"), parameters);
    return new PageResult<>(found.page(page, size).list(), page, size, found.count());
  }

  @Transactional
  public GroupMembershipRevision member(String groupCode, String id, Long version) {
    group(groupCode);
    PolicyVersion at = versions.resolve(version, "version");
    return GroupMembershipRevision.<GroupMembershipRevision>find(
            "groupCode = :group and membershipId = :id and " + Revision.AT_VERSION,
            Parameters.with("group", groupCode).and("id", id).and("version", at.version))
        .firstResultOptional()
        .orElseThrow(() -> NotFound.of("membership of " + groupCode, id, memberIds(groupCode)));
  }

  @Transactional
  public GroupMembershipRevision addMember(
      String groupCode, GroupMembershipRevision draft, String actor) {
    group(groupCode);
    draft.groupCode = groupCode;
    validate(draft);
    long version = writes.begin(actor, "Add " + draft.countryCode + " to " + groupCode);
    draft.membershipId = freeId(groupCode, draft.countryCode);
    return writes.create(
        AuditEntry.Kind.GROUP_MEMBERSHIP, draft.membershipId, draft, version, actor);
  }

  @Transactional
  public GroupMembershipRevision updateMember(
      String groupCode, String id, GroupMembershipRevision draft, String ifMatch, String actor) {
    group(groupCode);
    draft.groupCode = groupCode;
    draft.membershipId = id;
    validate(draft);
    long version = writes.begin(actor, "Update membership " + id);
    GroupMembershipRevision current = currentMember(groupCode, id);
    VersionedWrites.requireCurrent(ifMatch, current);
    if (!current.countryCode.equals(draft.countryCode)) {
      throw ProblemException.invalidParameter(
          "country", "cannot change; delete this membership and add another");
    }
    return writes.replace(AuditEntry.Kind.GROUP_MEMBERSHIP, id, current, draft, version, actor);
  }

  @Transactional
  public void removeMember(String groupCode, String id, String ifMatch, String actor) {
    group(groupCode);
    long version = writes.begin(actor, "Remove membership " + id);
    GroupMembershipRevision current = currentMember(groupCode, id);
    VersionedWrites.requireCurrent(ifMatch, current);
    writes.delete(AuditEntry.Kind.GROUP_MEMBERSHIP, id, current, version, actor);
  }

  private GroupMembershipRevision currentMember(String groupCode, String id) {
    Optional<GroupMembershipRevision> current =
        GroupMembershipRevision.find(
                "groupCode = ?1 and membershipId = ?2 and toVersion is null", groupCode, id)
            .firstResultOptional();
    return current.orElseThrow(
        () -> NotFound.of("membership of " + groupCode, id, memberIds(groupCode)));
  }

  /** Memberships are named group-country (d5-kh); a second period of the same pair gets -2… */
  private static String freeId(String groupCode, String country) {
    String base =
        groupCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
            + "-"
            + country.toLowerCase(Locale.ROOT);
    String id = base;
    for (int n = 2; GroupMembershipRevision.count("membershipId", id) > 0; n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static void validate(GroupMembershipRevision draft) {
    if (draft.countryCode == null || CountryRecord.findById(draft.countryCode) == null) {
      throw ProblemException.invalidParameter(
          "country", "'" + draft.countryCode + "' is not an ISO 3166-1 alpha-2 code");
    }
    if (draft.effectiveFrom != null
        && draft.effectiveTo != null
        && !draft.effectiveTo.isAfter(draft.effectiveFrom)) {
      throw ProblemException.invalidParameter("effectiveTo", "must be after effectiveFrom");
    }
    if (draft.confidence == null) {
      draft.confidence = Confidence.H;
    }
  }

  private static List<String> groupCodes() {
    return CountryGroup.<CountryGroup>listAll().stream().map(g -> g.code).toList();
  }

  private static List<String> memberIds(String groupCode) {
    return GroupMembershipRevision.<GroupMembershipRevision>list(
            "groupCode = ?1 and toVersion is null", groupCode)
        .stream()
        .map(m -> m.membershipId)
        .toList();
  }
}

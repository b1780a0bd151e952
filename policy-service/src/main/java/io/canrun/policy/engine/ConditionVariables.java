package io.canrun.policy.engine;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import java.util.List;

/**
 * The variables a rule condition may use. Each is declared with its dotted name, so CEL resolves
 * {@code item.tpp} as one typed variable and refuses {@code item.foo} as an undeclared reference.
 * An unknown number is 0 with its {@code …Known} flag false: conditions must test the flag, and the
 * seeded rules do, so an unknown never relaxes a verdict.
 */
public final class ConditionVariables {

  /** A declared variable: its name, CEL type and what it holds. */
  public record Variable(String name, CelType type, String description) {
    public String typeName() {
      return type.name()
          + (type instanceof ListType list ? "(" + list.elemType().name() + ")" : "")
          + (type instanceof MapType map
              ? "(" + map.keyType().name() + "," + map.valueType().name() + ")"
              : "");
    }
  }

  private static final CelType STRINGS = ListType.create(SimpleType.STRING);

  public static final List<Variable> ALL =
      List.of(
          new Variable("item.id", SimpleType.STRING, "catalog slug, e.g. h20 (\"\" if not given)"),
          new Variable("item.name", SimpleType.STRING, "product name"),
          new Variable(
              "item.type",
              SimpleType.STRING,
              "IC, HBM or SYSTEM (a computer, board or card containing an IC)"),
          new Variable("item.vendor", SimpleType.STRING, "vendor, e.g. Nvidia"),
          new Variable(
              "item.designerCountry", SimpleType.STRING, "ISO alpha-2 country of the designer"),
          new Variable("item.foundry", SimpleType.STRING, "foundry, e.g. TSMC (\"\" if unknown)"),
          new Variable("item.foundryKnown", SimpleType.BOOL, "whether the foundry was given"),
          new Variable(
              "item.marketSegment",
              SimpleType.STRING,
              "DATACENTER, WORKSTATION, CONSUMER or \"\" if unknown"),
          new Variable(
              "item.datacenter", SimpleType.BOOL, "known to be designed/marketed for datacenters"),
          new Variable(
              "item.nonDatacenter",
              SimpleType.BOOL,
              "known NOT to be designed/marketed for datacenters (unknown segment: false)"),
          new Variable(
              "item.class",
              SimpleType.STRING,
              "class on asOf: 3A090 (2022), 3A090.a, 3A090.b, 3A090.c (HBM), not-controlled or"
                  + " unknown; a SYSTEM has the class of the IC it contains (it is 4A090 and"
                  + " licensed as that IC)"),
          new Variable("item.clauses", STRINGS, "clauses that passed, e.g. [\"3A090.a.1\"]"),
          new Variable("item.tpp", SimpleType.DOUBLE, "total processing performance"),
          new Variable("item.tppKnown", SimpleType.BOOL, "whether TPP could be computed"),
          new Variable("item.performanceDensity", SimpleType.DOUBLE, "TPP / die area"),
          new Variable("item.performanceDensityKnown", SimpleType.BOOL, "whether PD is known"),
          new Variable("item.dieAreaMm2", SimpleType.DOUBLE, "applicable die area, mm²"),
          new Variable("item.dieAreaKnown", SimpleType.BOOL, "whether the die area was given"),
          new Variable("item.memoryBandwidthGBps", SimpleType.DOUBLE, "DRAM bandwidth, GB/s"),
          new Variable(
              "item.memoryBandwidthKnown", SimpleType.BOOL, "whether memory bandwidth was given"),
          new Variable(
              "item.interconnectGBps", SimpleType.DOUBLE, "bidirectional chip-to-chip I/O, GB/s"),
          new Variable(
              "item.interconnectKnown", SimpleType.BOOL, "whether the interconnect was given"),
          new Variable(
              "item.tops",
              MapType.create(SimpleType.STRING, SimpleType.DOUBLE),
              "dense TOPS per precision; test presence with 'FP8' in item.tops"),
          new Variable(
              "item.soldInUs",
              SimpleType.BOOL,
              "known to be commercially available in the US market (unknown: false)"),
          new Variable("item.soldInUsKnown", SimpleType.BOOL, "whether soldInUs was given"),
          new Variable("destination.country", SimpleType.STRING, "ISO alpha-2 destination"),
          new Variable(
              "destination.treatedAs",
              SimpleType.STRING,
              "the country the EAR treats the destination as on asOf (HK → CN), else itself"),
          new Variable(
              "destination.groups", STRINGS, "country groups of treatedAs on asOf, e.g. D:5"),
          new Variable("endUser.given", SimpleType.BOOL, "whether an end user was described"),
          new Variable("endUser.name", SimpleType.STRING, "end user name (\"\" if not given)"),
          new Variable(
              "endUser.headquarters",
              SimpleType.STRING,
              "ISO alpha-2 of the end user's (ultimate parent's) headquarters, \"\" if unknown"),
          new Variable(
              "endUser.headquartersGroups", STRINGS, "country groups of the headquarters on asOf"),
          new Variable(
              "endUser.entityListed", SimpleType.BOOL, "name matches an Entity List entry on asOf"),
          new Variable("endUser.entityMatches", STRINGS, "ids of the matching entries"),
          new Variable(
              "endUser.entityReviewPolicies", STRINGS, "review policies of the matching entries"),
          new Variable(
              "endUser.entityFootnotes", STRINGS, "Entity List footnotes of the matches (FN4…)"),
          new Variable("endUser.stateFunded", SimpleType.BOOL, "state-funded project (if known)"),
          new Variable(
              "endUser.stateFundedKnown", SimpleType.BOOL, "whether stateFunded was given"),
          new Variable(
              "shipment.from",
              SimpleType.STRING,
              "ISO alpha-2 country the item ships from (default: its designer's country)"),
          new Variable("asOf", SimpleType.TIMESTAMP, "the law date, midnight UTC"));

  private ConditionVariables() {}
}

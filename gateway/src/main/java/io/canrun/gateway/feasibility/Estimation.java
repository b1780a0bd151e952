package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One estimate in the making: the request's checks, the layout search and the figures. */
final class Estimation {

  private static final double GIB = MemoryBudget.GIB;

  private final ModelArchitecture model;
  private final ChipSpec chip;
  private final DeploymentRequest request;
  private final EngineProfile profile;
  private final CalibrationTable table;
  private final EngineConstants constants;
  private final int context;
  private final int input;
  private final int output;
  private final Concurrency concurrency;
  private final List<String> notes = new ArrayList<>();

  private WeightFormat weights;

  /** Dense peak of the chip at the chosen weights (TFLOPS), or null; read for every layout. */
  private Double peak;

  private WeightFormat kv;
  private ModelBytes bytes;
  private Capacity capacity;
  private double kvPerToken;
  private double window;
  private double recurrent;
  private int domain;
  private boolean smallChip;
  private SpeedModel chosenSpeed;
  private final java.util.Map<String, Calibration> calibrations = new java.util.HashMap<>();

  Estimation(
      ModelArchitecture model,
      ChipSpec chip,
      DeploymentRequest request,
      EngineProfile profile,
      CalibrationTable table) {
    this.model = model;
    this.chip = chip;
    this.request = request;
    this.profile = profile;
    this.table = table;
    this.constants = request.constantsOrDefault();
    this.context = request.contextTokens();
    this.output = request.outputOrDefault();
    this.input = request.inputOrDefault();
    this.concurrency = request.concurrencyOrDefault();
  }

  Estimate run() {
    if (!RequestLimits.shapeFits(input, output, context, notes)
        || !RequestLimits.contextSupported(model, context, notes)) {
      return stopped(false, Bottleneck.CAPACITY);
    }
    weights = FormatChoice.weights(model, chip, profile, request.weightFormat(), notes);
    if (weights == null) {
      return stopped(false, Bottleneck.UNKNOWN);
    }
    peak = FormatChoice.peak(chip, weights);
    kv = FormatChoice.kv(model, chip, profile, weights, request.kvFormat());
    if (kv.kvBytes() == null) {
      notes.add(kv + " is not a KV-cache format; use BF16, FP16, FP8, INT8, NVFP4, Q8_0 or Q4_0.");
      return stopped(false, Bottleneck.UNKNOWN);
    }
    ParameterCounts counts = ParameterCounts.of(model);
    if (counts == null) {
      notes.add(
          model.label()
              + "'s parameter count and shape are unpublished, so its memory"
              + " cannot be sized.");
      return stopped(null, Bottleneck.UNKNOWN);
    }
    bytes = new ModelBytes(model, counts, weights, kv.kvBytes());
    Double perToken = bytes.kvBytesPerToken();
    if (perToken == null) {
      notes.add(
          model.label()
              + "'s attention layout is unpublished, so its KV cache cannot be"
              + " sized.");
      return stopped(null, Bottleneck.UNKNOWN);
    }
    kvPerToken = perToken;
    capacity = Capacity.of(chip);
    if (capacity == null) {
      notes.add(chip.name() + "'s memory capacity is unknown.");
      return stopped(null, Bottleneck.UNKNOWN);
    }
    smallChip = profile.isSmallChip(chip, capacity.gib());
    window = orZero(bytes.windowBytesPerSequence(context), "sliding-window");
    recurrent = orZero(bytes.recurrentBytesPerSequence(), "linear-attention");
    domain = request.scaleUpDomain() != null ? request.scaleUpDomain() : constants.scaleUpDomain();
    EstimateNotes.describeModel(model, bytes, kv, kvPerToken, notes);
    return planned();
  }

  private Estimate planned() {
    LayoutRules rules = new LayoutRules(model, weights, profile, domain);
    List<LayoutRules.Candidate> candidates = rules.candidates();
    LayoutSearch search = new LayoutSearch(candidates, new Evaluation());
    LayoutSearch.Result minimum = search.minimum();
    Integer required =
        minimum.chosen() == null ? null : minimum.chosen().layout().chipsPerReplica();
    LayoutSearch.Result used;
    boolean fits;
    if (request.chipCount() != null) {
      used = search.forChips(request.chipCount());
      fits = used.fits();
      if (used.chosen() == null) {
        notes.add(
            request.chipCount()
                + " chips allow no layout "
                + profile.name()
                + " accepts for this model within a scale-up domain of "
                + domain
                + ".");
      }
    } else if (required != null && request.maxChips() != null && required > request.maxChips()) {
      used = search.forChips(largestUsable(request.maxChips(), candidates));
      fits = false;
      notes.add(
          String.format(
              Locale.ROOT, "Needs %d chips; the system has %d.", required, request.maxChips()));
    } else {
      used = minimum;
      fits = minimum.chosen() != null;
    }
    if (minimum.chosen() == null) {
      notes.add("No layout " + profile.name() + " accepts holds this deployment.");
    } else {
      EstimateNotes.describeMinimum(minimum.chosen().layout(), profile, domain, notes);
    }
    List<String> rejected =
        request.chipCount() != null && used.fits() ? minimum.rejected() : rejectedOf(used, minimum);
    if (used.chosen() == null) {
      return estimate(
          false,
          required,
          request.chipCount(),
          null,
          rejected,
          resolvedConcurrency(null, 0),
          null,
          null,
          Estimate.Performance.unknown(Bottleneck.CAPACITY));
    }
    return composed(used, fits, required, rejected);
  }

  /** The speed model of the layout the estimate settled on, or null (for calibration fits). */
  SpeedModel chosenSpeed() {
    return chosenSpeed;
  }

  private static List<String> rejectedOf(LayoutSearch.Result used, LayoutSearch.Result minimum) {
    return used.rejected().isEmpty() ? minimum.rejected() : used.rejected();
  }

  /** The most chips up to {@code limit} that some legal layout uses. */
  private static int largestUsable(int limit, List<LayoutRules.Candidate> candidates) {
    int best = 1;
    for (LayoutRules.Candidate candidate : candidates) {
      int chips = candidate.layout().chipsPerReplica();
      if (candidate.illegal() == null && chips <= limit) {
        best = Math.max(best, chips);
      }
    }
    return best;
  }

  private Estimate composed(
      LayoutSearch.Result used, boolean fits, Integer required, List<String> rejected) {
    MemoryPlan plan = used.chosen();
    int replicas = used.replicas();
    Layout layout = plan.layout().replicated(replicas, domain);
    int perReplica = sequencesPerReplica(plan, replicas);
    if (perReplica < 1) {
      fits = false;
    }
    int sequences = Math.max(1, perReplica);
    int tokens = input + output;
    Estimate.Memory memory =
        new Estimate.Memory(
            plan.weights() / GIB,
            plan.kv(sequences, tokens) / GIB,
            plan.state(sequences) / GIB,
            plan.reserve() / GIB,
            plan.total(sequences, tokens) / GIB,
            plan.limit() / GIB,
            capacity.gib(),
            capacity.basis(),
            plan.kvCapacityTokens(),
            plan.budget().rule());
    notes.add("Memory rule — " + plan.budget().rule() + ".");
    Estimate.Performance performance =
        fits
            ? performance(plan, replicas, sequences)
            : Estimate.Performance.unknown(Bottleneck.CAPACITY);
    return estimate(
        fits,
        required,
        layout.chips(),
        layout,
        rejected,
        resolvedConcurrency(plan, replicas),
        multiply(plan.maxSequences(context), replicas),
        memory,
        performance);
  }

  /** The answer, with what the request fixed (engine, formats, shape) filled in. */
  private Estimate estimate(
      Boolean fits,
      Integer required,
      Integer used,
      Layout layout,
      List<String> rejected,
      int served,
      Integer atContext,
      Estimate.Memory memory,
      Estimate.Performance performance) {
    return new Estimate(
        fits,
        required,
        used,
        layout,
        rejected,
        profile.engine(),
        weights,
        kv,
        context,
        input,
        output,
        served,
        concurrency.isMax(),
        atContext,
        memory,
        performance,
        List.copyOf(notes));
  }

  /** Requests each replica serves: its share of a fixed number, or as many as fit (MAX). */
  private int sequencesPerReplica(MemoryPlan plan, int replicas) {
    if (!concurrency.isMax()) {
      return (int) Math.ceil(concurrency.sequences() / (double) replicas);
    }
    int fitting = plan.maxSequences(input + output);
    Integer engineLimit = MemoryBudget.sequences(profile, smallChip, constants);
    return engineLimit == null ? fitting : Math.min(fitting, engineLimit);
  }

  private int resolvedConcurrency(MemoryPlan plan, int replicas) {
    if (!concurrency.isMax()) {
      return concurrency.sequences();
    }
    if (plan == null) {
      return 0;
    }
    return multiply(Math.max(0, sequencesPerReplica(plan, replicas)), replicas);
  }

  private static Integer multiply(int perReplica, int replicas) {
    return (int) Math.min(Integer.MAX_VALUE, (long) perReplica * replicas);
  }

  private Estimate.Performance performance(MemoryPlan plan, int replicas, int sequences) {
    if (chip.memoryBandwidthGBps() == null || chip.memoryBandwidthGBps() <= 0) {
      notes.add(
          chip.name()
              + "'s memory bandwidth is unknown, so speed cannot be estimated (no"
              + " guess).");
      return Estimate.Performance.unknown(Bottleneck.UNKNOWN);
    }
    Calibration calibration = calibrationFor(plan.layout());
    if (peak == null) {
      notes.add(
          "Prefill speed is unknown: "
              + chip.name()
              + "'s peak for "
              + weights
              + " is not published.");
    }
    SpeedModel speed = speedModel(plan.layout(), calibration, peak);
    chosenSpeed = speed;
    SpeedModel.Load load = speed.load(sequences, input, output);
    double averageContext = input + output / 2.0;
    double alone = 1 / speed.decode(1, averageContext).total();
    Double firstToken = peak == null ? null : load.timeToFirstToken() * 1e3;
    Double prefillRate = peak == null ? null : input / speed.prefill(input);
    double pct = calibration.rangePct();
    Double perToken = load.timePerOutputToken() * 1e3;
    Double total = load.outputPerSecond() * replicas;
    EstimateNotes.describeCalibration(calibration, notes);
    return new Estimate.Performance(
        alone,
        load.decodePerSecond() * replicas,
        prefillRate,
        firstToken,
        load.bottleneck(),
        1 / speed.decodeBound(1, averageContext),
        peak == null ? null : input / speed.prefillBound(input),
        peak == null ? null : perToken,
        peak == null ? null : total,
        new Estimate.Ranges(
            Estimate.Range.around(alone, pct),
            Estimate.Range.around(firstToken, pct),
            Estimate.Range.around(peak == null ? null : perToken, pct),
            Estimate.Range.around(peak == null ? null : total, pct)),
        calibration);
  }

  /** The calibration for a layout's TP bucket, looked up once per bucket. */
  private Calibration calibrationFor(Layout layout) {
    String bucket = CalibrationTable.Key.bucket(layout.tensorParallel());
    return calibrations.computeIfAbsent(
        bucket,
        b ->
            table
                .lookup(
                    new CalibrationTable.Key(
                        chip.slug(),
                        profile.engine(),
                        profile.calibrationClass(),
                        weights.spec().precisionClass(),
                        model.isMoe() ? "moe" : "dense",
                        b))
                .with(constants));
  }

  private SpeedModel speedModel(Layout layout, Calibration calibration, Double peak) {
    Interconnect links =
        new Interconnect(chip, constants, calibration.collectiveLatencyMicros(), domain);
    return new SpeedModel(
        model,
        bytes,
        layout,
        calibration,
        chip.memoryBandwidthGBps(),
        peak == null ? Double.POSITIVE_INFINITY : peak,
        links,
        kvPerToken,
        profile.multiNode() == EngineProfile.Spread.PIPELINE);
  }

  /** Evaluates layouts for the search: memory plan, fit, and speed for the request. */
  private final class Evaluation implements LayoutSearch.Evaluator {

    @Override
    public MemoryPlan plan(Layout layout) {
      MemoryBudget budget =
          MemoryBudget.of(
              profile,
              smallChip,
              capacity.gib(),
              model,
              layout.tensorParallel(),
              layout.chipsPerReplica(),
              context,
              constants);
      return new MemoryPlan(layout, budget, bytes, kvPerToken, window, recurrent);
    }

    @Override
    public boolean fits(MemoryPlan plan, int replicas) {
      return plan.fits(sequencesToHold(plan, replicas), input + output, context);
    }

    @Override
    public String shortfall(MemoryPlan plan, int replicas) {
      int sequences = sequencesToHold(plan, replicas);
      double needed = Math.max(plan.total(sequences, input + output), plan.total(1, context));
      return "needs "
          + NoteNumbers.tenths(needed / GIB)
          + " GiB per chip (weights "
          + NoteNumbers.tenths(plan.weights() / GIB)
          + "), over the "
          + NoteNumbers.tenths(plan.limit() / GIB)
          + " GiB "
          + profile.name()
          + " allows";
    }

    /** The sequences a replica must hold to fit: one when the most that fit is asked for. */
    private int sequencesToHold(MemoryPlan plan, int replicas) {
      return concurrency.isMax() ? 1 : sequencesPerReplica(plan, replicas);
    }

    @Override
    public double score(MemoryPlan plan, int replicas) {
      if (chip.memoryBandwidthGBps() == null || chip.memoryBandwidthGBps() <= 0) {
        return plan.layout().tensorParallel();
      }
      Calibration calibration = calibrationFor(plan.layout());
      SpeedModel speed = speedModel(plan.layout(), calibration, peak);
      if (!concurrency.isMax() && concurrency.sequences() == 1) {
        return 1 / speed.decode(1, input + output / 2.0).total();
      }
      int sequences = Math.max(1, sequencesPerReplica(plan, replicas));
      return speed.load(sequences, input, output).outputPerSecond() * replicas;
    }
  }

  private double orZero(Double value, String what) {
    if (value == null) {
      notes.add(
          "The "
              + what
              + " state of "
              + model.label()
              + " is not published and is not"
              + " counted.");
      return 0;
    }
    return value;
  }

  private Estimate stopped(Boolean fits, Bottleneck bottleneck) {
    return estimate(
        fits,
        null,
        null,
        null,
        List.of(),
        concurrency.isMax() ? 0 : concurrency.sequences(),
        null,
        null,
        Estimate.Performance.unknown(bottleneck));
  }
}

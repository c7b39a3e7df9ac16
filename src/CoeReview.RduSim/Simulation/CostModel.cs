using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Roofline costs of one model on one lane of a node (a tensor-parallel group of devices):
/// switching its weights into HBM, prefill and decode, each in milliseconds.
/// </summary>
internal sealed class CostModel
{
    private readonly HardwareProfile _hw;
    private readonly ModelShape _model;
    private readonly int _tp;
    private readonly double _flopsPerMs;
    private readonly double _bytesPerMs;
    private readonly double _launchMsDecode;
    private readonly double _launchMsPrefill;
    private readonly bool _pageable;

    public CostModel(HardwareProfile hardware, ModelShape model, int tensorParallel, bool pageableHost = false)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        ArgumentNullException.ThrowIfNull(model);
        _hw = hardware;
        _model = model;
        _tp = tensorParallel;
        _flopsPerMs = hardware.Compute.Bf16PeakTflops * 1e12 * hardware.Compute.PrefillEfficiency / 1e3;
        _bytesPerMs = hardware.Memory.HbmTBps * 1e12 * hardware.Memory.BandwidthEfficiency / 1e3;
        var ex = hardware.Execution;
        _launchMsDecode = ((model.Layers * ex.KernelsPerLayerDecode) + ex.KernelsPerStep) * ex.LaunchUs / 1e3;
        _launchMsPrefill = ((model.Layers * ex.KernelsPerLayerPrefill) + ex.KernelsPerStep) * ex.LaunchUs / 1e3;
        _pageable = pageableHost;
        SwitchMs = TransferMs(model.WeightBytes);
    }

    public ModelShape Model => _model;

    /// <summary>Copying all of the model's weights into the lane's HBM (each device its shard, in parallel).</summary>
    public double SwitchMs { get; }

    /// <summary>
    /// Prefill of a group: <paramref name="tokens"/> prompt tokens in total, <paramref name="sumSquares"/>
    /// the sum of each prompt's length squared (causal attention).
    /// </summary>
    public double PrefillMs(double tokens, double sumSquares)
    {
        if (tokens <= 0)
        {
            return 0;
        }

        var m = _model;
        var flops = ((m.DenseFlopsPerToken * tokens) + (m.AttentionFlops(1) / 2 * sumSquares)) / _tp;
        var weights = m.StreamedBytesPerStep / _tp;
        var ex = _hw.Execution;
        var activations = tokens * m.Layers * ((m.Hidden * ex.ActivationPassesHidden) + (m.Intermediate * ex.ActivationPassesIntermediate)) * ModelShape.BytesPerParam / _tp;
        var kvWrite = tokens * m.KvBytesPerToken / _tp;
        return Math.Max(flops / _flopsPerMs, weights / _bytesPerMs) + ((activations + kvWrite) / _bytesPerMs) + _launchMsPrefill + AllReduceMs(tokens);
    }

    /// <summary>
    /// Decode steps k in [from, to) of a group of <paramref name="batch"/> sequences whose KV
    /// context sums to <paramref name="contextAtZero"/> + batch·k at step k.
    /// </summary>
    public double DecodeStepsMs(int batch, double contextAtZero, long from, long to)
    {
        if (to <= from || batch <= 0)
        {
            return 0;
        }

        var m = _model;
        // compute: (dense·batch + attention·context)/tp ; memory: (weights + KV·context)/tp
        var attnPerCtx = m.AttentionFlops(1) / _tp / _flopsPerMs;
        var c0 = (m.DenseFlopsPerToken * batch / _tp / _flopsPerMs) + (attnPerCtx * contextAtZero);
        var c1 = attnPerCtx * batch;
        var kvPerCtx = m.KvBytesPerToken / _tp / _bytesPerMs;
        var m0 = (m.StreamedBytesPerStep / _tp / _bytesPerMs) + (kvPerCtx * contextAtZero);
        var m1 = kvPerCtx * batch;
        var fixedPerStep = _launchMsDecode + AllReduceMs(batch);
        return LinearSum.SumMax(c0, c1, m0, m1, from, to) + ((to - from) * fixedPerStep);
    }

    /// <summary>One decode step of a batch at a given total context (for calibration checks).</summary>
    public double DecodeStepMs(int batch, double totalContext) => DecodeStepsMs(batch, totalContext, 0, 1);

    /// <summary>Two ring all-reduces per layer (after attention and after the MLP) of tokens × hidden activations.</summary>
    private double AllReduceMs(double tokens)
    {
        if (_tp <= 1)
        {
            return 0;
        }

        var bytes = tokens * _model.Hidden * ModelShape.BytesPerParam;
        var ic = _hw.Interconnect;
        var one = (ic.AllReduceLatencyUs / 1e3) + (2.0 * (_tp - 1) / _tp * bytes / (ic.AllReduceGBps * 1e9) * 1e3);
        return 2 * _model.Layers * one;
    }

    /// <summary>Copying <paramref name="bytes"/> into the lane's HBM, sharded over its devices.</summary>
    public double TransferMs(double bytes)
    {
        var sw = _hw.Switching;
        var perDevice = sw.LinkGBps * sw.LinkEfficiency;
        if (_pageable && !_hw.IsRdu && sw.PageableStagingGBps > 0)
        {
            // Pageable memory is first copied by the CPU into a pinned bounce buffer, in series with the DMA.
            perDevice = 1 / ((1 / perDevice) + (1 / sw.PageableStagingGBps));
        }

        // A lane of tp devices gets its share of the node-wide cap.
        var laneCap = sw.NodeAggregateGBps * sw.LinkEfficiency * _tp / _hw.DeviceCount;
        var gbps = Math.Min(perDevice * _tp, laneCap);
        return (bytes / (gbps * 1e9) * 1e3) + sw.SetupMs;
    }
}

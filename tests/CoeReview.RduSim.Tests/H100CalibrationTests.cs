using System.Text.Json;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

/// <summary>The h100-sxm profile against what a real H100 SXM measured (TestData/h100-microbench.json), within ±10 %.</summary>
public sealed class H100CalibrationTests
{
    private static readonly JsonElement s_bench = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "h100-microbench.json"))).RootElement;
    private static readonly HardwareProfile s_h100 = HardwareCatalog.Get("h100-sxm");

    public static TheoryData<string> DecodeKeys() => new(s_bench.GetProperty("decode").EnumerateObject().Select(p => p.Name));

    public static TheoryData<string> PrefillKeys() => new(s_bench.GetProperty("decode").EnumerateObject()
        .Where(p => p.Value.TryGetProperty("prefill_2048_ms_measured", out _)).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(DecodeKeys))]
    public void Decode_step_matches_the_measured_H100_within_10_percent(string key)
    {
        // Given the measured shape, batch and context
        var m = s_bench.GetProperty("decode").GetProperty(key);
        var batch = m.GetProperty("batch").GetInt32();
        var context = m.GetProperty("ctx").GetInt32();

        // When the profile prices one decode step
        var predicted = new CostModel(s_h100, Shape(key), 1).DecodeStepMs(batch, (double)batch * context);

        // Then it is within 10 % of the measured step
        Assert.InRange(predicted / m.GetProperty("step_ms_measured").GetDouble(), 0.9, 1.1);
    }

    [Theory]
    [MemberData(nameof(PrefillKeys))]
    public void Prefill_of_2048_tokens_matches_the_measured_H100_within_10_percent(string key)
    {
        var m = s_bench.GetProperty("decode").GetProperty(key);

        var predicted = new CostModel(s_h100, Shape(key), 1).PrefillMs(2048, 2048.0 * 2048);

        Assert.InRange(predicted / m.GetProperty("prefill_2048_ms_measured").GetDouble(), 0.9, 1.1);
    }

    [Theory]
    [InlineData("1GiB_pinned", 1L << 30, false)]
    [InlineData("4GiB_pinned", 4L << 30, false)]
    [InlineData("16GiB_pinned", 16L << 30, false)]
    [InlineData("4GiB_pageable", 4L << 30, true)]
    public void Host_to_device_copy_matches_the_measured_H100_within_10_percent(string key, long bytes, bool pageable)
    {
        var measured = s_bench.GetProperty("h2d").GetProperty(key).GetProperty("ms").GetDouble();

        var predicted = new CostModel(s_h100, ModelCatalog.Get("llama-3.1-8b"), 1, pageable).TransferMs(bytes);

        Assert.InRange(predicted / measured, 0.9, 1.1);
    }

    [Theory]
    [MemberData(nameof(DecodeKeys))]
    public void Derived_streamed_weight_bytes_match_what_the_benchmark_loaded(string key)
    {
        var measured = s_bench.GetProperty("decode").GetProperty(key).GetProperty("weight_GB_measured").GetDouble() * 1e9;

        Assert.InRange(Shape(key).StreamedBytesPerStep / measured, 0.999, 1.001);
    }

    [Fact]
    public void The_papers_50_percent_assumption_makes_a_single_H100_slower_than_measured()
    {
        var shape = ModelCatalog.Get("llama-3.1-8b");
        var paper = new CostModel(HardwareCatalog.Get("h100-sxm-paper"), shape, 1).DecodeStepMs(1, 2048);
        var calibrated = new CostModel(s_h100, shape, 1).DecodeStepMs(1, 2048);

        Assert.True(paper > 1.3 * calibrated);
    }

    /// <summary>"llama-3.1-70b@16of80/b8" → the 70B shape cut to 16 layers, as measured.</summary>
    private static ModelShape Shape(string key)
    {
        var name = key.Split('/')[0];
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return ModelCatalog.Get(name);
        }

        var layers = int.Parse(name[(at + 1)..name.IndexOf("of", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        return ModelCatalog.Get(name[..at]).WithLayers(layers);
    }
}

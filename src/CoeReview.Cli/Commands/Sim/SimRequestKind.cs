namespace CoeReview.Cli.Commands.Sim;

/// <summary>Which `coe-review sim` command to run.</summary>
internal enum SimRequestKind
{
    /// <summary>`sim [--hardware] [--compare] [--scenario|--trace] [--format] [--output]`.</summary>
    Run,

    /// <summary>`sim hardware list`.</summary>
    HardwareList,

    /// <summary>`sim hardware show NAME`: a profile as JSON that --hardware FILE accepts back.</summary>
    HardwareShow,

    /// <summary>`sim benchmark`: the million-request speed check.</summary>
    Benchmark,
}

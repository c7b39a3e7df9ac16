using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>A method's parameter that reaches a sink, unsanitised for its kind: part of the method's summary.</summary>
internal sealed record ParamSink(int Ordinal, SinkKinds Kind, string What, Location Location, bool Built, string? Path);

namespace CoeReview.Core.Diff;

/// <summary>A unified diff that cannot be read; the message names the line.</summary>
public sealed class DiffFormatException(string message) : BadInputException(message);

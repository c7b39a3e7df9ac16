using CoeReview.Core;

namespace CoeReview.Cli;

/// <summary>Bad usage or input found by the CLI itself; reported as one line with exit code 2.</summary>
internal sealed class CliInputException(string message) : BadInputException(message);

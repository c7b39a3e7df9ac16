using CoeReview.Core;

namespace CoeReview.RduSim;

/// <summary>Bad simulator input (unknown hardware or model, malformed scenario): shown as one line, exit code 2.</summary>
public sealed class SimInputException : BadInputException
{
    public SimInputException()
    {
    }

    public SimInputException(string message)
        : base(message)
    {
    }

    public SimInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

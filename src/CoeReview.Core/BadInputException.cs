namespace CoeReview.Core;

/// <summary>
/// The user's input is wrong: a config or expert file, a diff, a ref, an option, a scenario.
/// The CLI shows the message as one line on stderr and exits 2 (the contract's InvalidInput), so
/// every project's bad-input exception derives from this and none has to be registered by name.
/// Each derived type names where the bad input came from.
/// </summary>
public abstract class BadInputException : Exception
{
    protected BadInputException()
    {
    }

    protected BadInputException(string message)
        : base(message)
    {
    }

    protected BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

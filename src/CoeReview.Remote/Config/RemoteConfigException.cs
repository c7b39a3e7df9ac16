using CoeReview.Core;

namespace CoeReview.Remote.Config;

/// <summary>
/// The remote backend's configuration is missing or malformed (exit code 2, as every <see cref="BadInputException"/>).
/// Messages name settings and environment variables, never their secret values.
/// </summary>
internal sealed class RemoteConfigException : BadInputException
{
    public RemoteConfigException()
    {
    }

    public RemoteConfigException(string message)
        : base(message)
    {
    }

    public RemoteConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

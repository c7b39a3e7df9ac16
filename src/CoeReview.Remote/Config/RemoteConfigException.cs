namespace CoeReview.Remote.Config;

/// <summary>
/// The remote backend's configuration is missing or malformed (the CLI maps it to exit code 2).
/// Messages name settings and environment variables, never their secret values.
/// </summary>
public sealed class RemoteConfigException : Exception
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

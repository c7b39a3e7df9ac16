using System.Net;
using System.Net.Security;

namespace Corpus.Security;

public static class Transport
{
    public static HttpClient Insecure()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true; // expect: certificate-validation
        return new HttpClient(handler);
    }

    public static HttpClientHandler AcceptAny() => new() { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }; // expect: certificate-validation

    public static void Global()
    {
#pragma warning disable SYSLIB0014 // obsolete on purpose
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => // expect: certificate-validation
        {
            return true;
        };
#pragma warning restore SYSLIB0014
    }
}

public static class TransportFixed
{
    public static HttpClient Pinned(string thumbprint)
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
            errors == SslPolicyErrors.None && cert?.GetCertHashString() == thumbprint;
        return new HttpClient(handler);
    }
}

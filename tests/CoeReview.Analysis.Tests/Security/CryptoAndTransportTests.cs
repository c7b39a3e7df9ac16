namespace CoeReview.Analysis.Tests.Security;

/// <summary>Weak hashes, System.Random and disabled certificate checks as a reviewer meets them in a pull request.</summary>
public sealed class CryptoAndTransportTests
{
    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private static async Task<List<(string Category, int Line)>> FindAsync(string code)
    {
        var files = new Dictionary<string, string>
        {
            ["App/App.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
            ["App/Code.cs"] = code,
        };
        var found = await s_rules.AnalyzeAsync(Fixtures.InMemory(files, "App/Code.cs"), CancellationToken.None);
        return found.Where(f => f.RuleId.StartsWith("COE-SEC", StringComparison.Ordinal)).Select(f => (f.Category, f.Line)).Order().ToList();
    }

    [Fact]
    public async Task MD5_in_a_password_hasher_is_reported_whether_the_instance_is_a_using_variable_or_a_field()
    {
        var found = await FindAsync("""
            using System.Security.Cryptography;
            using System.Text;
            public sealed class PasswordHasher
            {
                private static readonly MD5 s_md5 = MD5.Create();
                public string Hash(string password)
                {
                    using var md5 = MD5.Create();
                    return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
                }
                public byte[] HashAgain(string password) => s_md5.ComputeHash(Encoding.UTF8.GetBytes(password));
                public static string Checksum(Stream file) => Convert.ToHexString(SHA1.HashData(file));
            }
            """);

        Assert.Equal([("weak-crypto", 5), ("weak-crypto", 8), ("weak-crypto", 11)], found);
    }

    [Fact]
    public async Task Random_building_a_reset_token_is_a_warning_and_random_jitter_is_silent()
    {
        var found = await FindAsync("""
            public sealed class Tokens
            {
                public string CreateResetToken()
                {
                    var random = new Random();
                    var resetToken = random.Next(100000, 999999).ToString();
                    return resetToken;
                }
                public TimeSpan Jitter(TimeSpan delay) => delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
                public List<int> Shuffle(List<int> items) => items.OrderBy(_ => Random.Shared.Next()).ToList();
            }
            """);

        Assert.Equal([("insecure-random", 6)], found);
    }

    [Fact]
    public async Task A_disabled_certificate_check_is_reported_on_the_lambda_that_disables_it()
    {
        var found = await FindAsync("""
            public sealed class Clients
            {
                public HttpClient Create()
                {
                    var handler = new HttpClientHandler
                    {
                        UseProxy = false,
                        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
                    };
                    return new HttpClient(handler);
                }
            }
            """);

        Assert.Equal([("certificate-validation", 8)], found);
    }
}

namespace CoeReview.Analysis.Tests.Security;

/// <summary>
/// Zip Slip, hard-coded keys and hard-coded certificates as flows of the taint engine, which replace
/// NetAnalyzers' CA5389, CA5390 and CA5403; compiled against the shipped .NET reference pack.
/// </summary>
public sealed class ArchiveKeyCertificateFlowTests
{
    private const string Usings = "using System; using System.IO; using System.IO.Compression; using System.Formats.Tar; using System.Security.Cryptography;"
        + " using System.Security.Cryptography.X509Certificates; using System.Text;\n";

    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private static async Task<List<(string Category, string Path, int Line)>> FindAsync(params (string Path, string Code)[] files)
    {
        var all = new Dictionary<string, string>
        {
            ["Lib/Lib.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
        };
        foreach (var (path, code) in files)
        {
            all["Lib/" + path] = Usings + code;
        }

        var found = await s_rules.AnalyzeAsync(Fixtures.InMemory(all, [.. files.Select(f => "Lib/" + f.Path)]), CancellationToken.None);
        return found.Where(f => f.Category is "path-traversal" or "hardcoded-secret" or "sql-injection").Select(f => (f.Category, f.Path, f.Line)).Order().ToList();
    }

    [Fact]
    public async Task An_entry_path_reaching_a_file_is_zip_slip_unless_it_is_cut_to_a_file_name_or_checked_against_the_folder()
    {
        var found = await FindAsync(("Unzip.cs", """
            public static class Unzip
            {
                public static void Bad(ZipArchive zip, string dir)
                {
                    foreach (var entry in zip.Entries) { entry.ExtractToFile(Path.Combine(dir, entry.FullName), true); }
                }
                public static void ByStream(ZipArchive zip, string dir)
                {
                    foreach (var entry in zip.Entries) { using var file = File.Create(Path.Combine(dir, entry.FullName)); entry.Open().CopyTo(file); }
                }
                public static void Tar(TarReader reader, string dir)
                {
                    while (reader.GetNextEntry() is { } entry) { entry.ExtractToFile(Path.Combine(dir, entry.Name), false); }
                }
                public static void FileNameOnly(ZipArchive zip, string dir)
                {
                    foreach (var entry in zip.Entries) { entry.ExtractToFile(Path.Combine(dir, Path.GetFileName(entry.FullName))); }
                }
                public static void EntryName(ZipArchive zip, string dir)
                {
                    foreach (var entry in zip.Entries) { entry.ExtractToFile(Path.Combine(dir, entry.Name)); }
                }
                public static void Checked(ZipArchive zip, string dir)
                {
                    var root = Path.GetFullPath(dir);
                    foreach (var entry in zip.Entries)
                    {
                        var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                        if (!target.StartsWith(root, StringComparison.Ordinal)) { throw new IOException("entry outside the folder"); }
                        entry.ExtractToFile(target);
                    }
                }
                public static void Listed(ZipArchive zip) { foreach (var entry in zip.Entries) { Console.WriteLine(entry.FullName); } }
            }
            """));

        Assert.Equal([("path-traversal", "Lib/Unzip.cs", 6), ("path-traversal", "Lib/Unzip.cs", 10), ("path-traversal", "Lib/Unzip.cs", 14)], found);
    }

    [Fact]
    public async Task A_literal_key_or_certificate_is_a_hard_coded_secret_and_one_from_random_bytes_a_parameter_or_a_file_is_not()
    {
        var found = await FindAsync(("Crypto.cs", """
            public sealed class Crypto
            {
                private static readonly byte[] s_key = Convert.FromBase64String("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
                public byte[] Property(byte[] data) { using var aes = Aes.Create(); aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef"); return aes.EncryptCbc(data, new byte[16]); }
                public ICryptoTransform Transform() { using var aes = Aes.Create(); return aes.CreateEncryptor(s_key, new byte[16]); }
                public AesGcm Gcm() => new AesGcm(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, 16);
                public X509Certificate2 Certificate() => X509CertificateLoader.LoadCertificate(Convert.FromBase64String("MIIBszCCAVmgAwIBAgIUQ3Rlc3Q="));
                public byte[] Random(byte[] data) { var key = new byte[32]; RandomNumberGenerator.Fill(key); using var aes = Aes.Create(); aes.Key = key; return aes.EncryptCbc(data, new byte[16]); }
                public AesGcm Given(byte[] key) => new AesGcm(key, 16);
                public X509Certificate2 FromFile(string path) => X509CertificateLoader.LoadCertificate(File.ReadAllBytes(path));
                public X509Certificate2 Named() => X509CertificateLoader.LoadCertificateFromFile("server.cer");
                public X509Certificate2 Pinned { get; } = new X509Certificate2(Convert.FromBase64String("MIIBnzCCAQgCCQDaXbZrtjRtfTANBgkq"));
                public byte[] Hashed(byte[] data) { using var des = TripleDES.Create(); des.Key = MD5.HashData(new ASCIIEncoding().GetBytes("A@SDF@#$1AD@#IYUF")); return des.EncryptEcb(data, PaddingMode.PKCS7); }
                public static string Pfx => "MIIKYwIBAzCCCiMGCSqGSIb3DQEHAaCCChQEggoQMIIKDDCCBg0GCSqG";
                public static X509Certificate2 Loaded { get { return new X509Certificate2(Convert.FromBase64String(Pfx), "pfx password"); } }
                public byte[] HashedInput(byte[] data, string secret) { using var des = TripleDES.Create(); des.Key = MD5.HashData(Encoding.UTF8.GetBytes(secret)); return des.EncryptEcb(data, PaddingMode.PKCS7); }
            }
            """));

        Assert.Equal([("hardcoded-secret", "Lib/Crypto.cs", 5), ("hardcoded-secret", "Lib/Crypto.cs", 6), ("hardcoded-secret", "Lib/Crypto.cs", 7), ("hardcoded-secret", "Lib/Crypto.cs", 8),
            ("hardcoded-secret", "Lib/Crypto.cs", 13), ("hardcoded-secret", "Lib/Crypto.cs", 14), ("hardcoded-secret", "Lib/Crypto.cs", 16)], found);
    }

    [Fact]
    public async Task A_sink_property_assigned_a_value_with_a_branch_in_it_is_still_a_sink()
    {
        // x ?? y and a ? b : c make the compiler capture the target (cmd.CommandText, aes.Key) before the branch.
        var found = await FindAsync(("Branchy.cs", """
            public sealed class Branchy
            {
                public void Query(System.Data.Common.DbCommand cmd) { var name = Console.ReadLine(); cmd.CommandText = "select * from t where n = '" + (name ?? "x") + "'"; }
                public void Fallback(Aes aes, string? configured) { aes.Key = Encoding.UTF8.GetBytes(configured ?? "81T1A2L3L4I5NN18"); }
                public void Chosen(Aes aes, bool test, byte[] key) { aes.Key = test ? key : key; }
            }
            """));

        Assert.Equal([("hardcoded-secret", "Lib/Branchy.cs", 5), ("sql-injection", "Lib/Branchy.cs", 4)], found);
    }

    [Fact]
    public async Task A_test_s_literal_key_is_a_fixture_even_when_the_cipher_it_reaches_is_in_production_code()
    {
        var found = await FindAsync(
            ("Sealer.cs", "public sealed class Sealer { public AesGcm Open(byte[] key) => new AesGcm(key, 16); public AesGcm Own() => Open(Encoding.UTF8.GetBytes(\"0123456789abcdef\")); }"),
            ("Tests/SealerTests.cs", "public sealed class SealerTests { public void Opens() => new Sealer().Open(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }); }"));

        Assert.Equal([("hardcoded-secret", "Lib/Sealer.cs", 2)], found);
    }
}

namespace CoeReview.Evaluation;

internal static partial class Templates
{
    private static readonly string[] s_security = ["security"];

    private static IEnumerable<(string Name, Func<Names, HunkCase> Make)> Security() =>
    [
        ("sql-concat", n =>
        {
            var e = n.Entity();
            var f = n.Field();
            var sql = n.Pick(
                $"var query = \"SELECT * FROM {e}s WHERE {f} = '\" + {n.Var(f)} + \"'\";",
                $"var query = $\"UPDATE {e}s SET {f} = '{{{n.Var(f)}}}' WHERE Id = {{id}}\";",
                $"string sql = \"DELETE FROM {e}s WHERE {f} LIKE '%\" + filter + \"%'\";");
            var run = n.Pick("using var command = new SqlCommand(query, connection);", "var rows = await connection.QueryAsync<" + e + ">(query);", "command.CommandText = sql; command.ExecuteNonQuery();");
            return HunkCase.Of(n.SourcePath(e, "Repository"), n.Member(n.Verb(), e, $"string {n.Var(f)}"), s_security, sql, run);
        }),
        ("ef-raw", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Store"), n.Member("Search", e, "string term"), s_security,
                n.Pick($"var found = _db.{e}s.FromSqlRaw(\"SELECT * FROM {e}s WHERE Title = '\" + term + \"'\").ToList();", $"await _db.Database.ExecuteSqlRawAsync($\"DELETE FROM {e}s WHERE Owner = '{{term}}'\");"));
        }),
        ("process", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Exporter"), n.Member("Export", e, "string fileName"), s_security,
                n.Pick("var psi = new ProcessStartInfo(\"bash\", \"-c \\\"zip \" + fileName + \"\\\"\");", "Process.Start(\"cmd.exe\", \"/c convert \" + fileName);", "var p = Process.Start(new ProcessStartInfo { FileName = tool, Arguments = args + \" \" + fileName });"),
                "p?.WaitForExit();");
        }),
        ("path-traversal", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.ControllerPath(e), n.Member("Download", e, "string name"), s_security,
                $"var full = Path.Combine(_options.{n.Pick("StorageRoot", "UploadFolder", "Root")}, name);",
                n.Pick("return PhysicalFile(full, \"application/octet-stream\");", "var bytes = await File.ReadAllBytesAsync(full);", "File.Delete(full);"));
        }),
        ("deserialize", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Serializer"), n.Member("Read", e, "Stream input"), s_security,
                n.Pick($"var formatter = new BinaryFormatter(); var {n.Var(e)} = ({e})formatter.Deserialize(input);",
                    $"var settings = new JsonSerializerSettings {{ TypeNameHandling = TypeNameHandling.{n.Pick("All", "Auto", "Objects")} }};",
                    $"var obj = new NetDataContractSerializer().ReadObject(input);", $"var state = (LosFormatter)new LosFormatter().Deserialize(input);"));
        }),
        ("xxe", n => HunkCase.Of(n.SourcePath(n.Entity(), "Importer"), n.Member("Import", n.Entity(), "string xml"), s_security,
            n.Pick("var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; doc.LoadXml(xml);", "var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse }; using var reader = XmlReader.Create(new StringReader(xml), settings);"))),
        ("weak-crypto", n => HunkCase.Of(n.SourcePath("Password", "Hasher"), n.Member("Hash", "Password", "string plain"), s_security,
            n.Pick("using var sha = SHA1.Create();", "using var md5 = MD5.Create();", "var des = DES.Create(); des.Mode = CipherMode.ECB;", "var rc2 = RC2.Create();"),
            "var digest = Convert.ToBase64String(" + n.Pick("sha", "md5", "hasher") + ".ComputeHash(Encoding.UTF8.GetBytes(plain)));")),
        ("insecure-random", n => HunkCase.Of(n.SourcePath("Token", "Generator"), n.Member("New", n.Pick("ResetToken", "ApiKey", "SessionId", "Otp"), ""), s_security,
            "var rng = new Random();", n.Pick("return rng.Next(100000, 999999).ToString();", "var bytes = new byte[32]; rng.NextBytes(bytes); return Convert.ToHexString(bytes);"))),
        ("secret", n => HunkCase.Of(n.SourcePath(n.Entity(), "Client"), "    internal sealed class " + n.Entity() + "Client", s_security,
            n.Pick($"private const string ApiKey = \"sk_live_{n.Int(100000, 999999)}abcXYZ\";", $"private static readonly string Password = \"Winter{n.Int(2019, 2026)}!\";", $"var conn = \"Server=prod-db;User Id=admin;Password=Adm1n{n.Int(10, 99)};\";"))),
        ("appsettings", n => new HunkCase(n.Pick("src/Web/appsettings.json", "src/Api/appsettings.Production.json", "appsettings.Development.json"), "", [], [
            n.Pick($"  \"Smtp\": {{ \"User\": \"mailer\", \"Password\": \"Sm7p{n.Int(100, 999)}\" }},", $"  \"ConnectionStrings\": {{ \"Main\": \"Host=db;Username=app;Password=pg{n.Int(100, 999)}\" }},", $"  \"Jwt\": {{ \"Key\": \"{n.Int(1000000, 9999999)}supersecretkey\" }},", $"  \"AllowedHosts\": \"*\",", $"  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"{n.Pick("Debug", "Trace")}\" }} }},"),
        ], s_security, [])),
        ("cert-validation", n => HunkCase.Of(n.SourcePath(n.Entity(), "Gateway"), n.Member("Create", "Handler", ""), s_security,
            "var handler = new HttpClientHandler();", n.Pick("handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;", "handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;"))),
        ("cookie", n => HunkCase.Of(n.ControllerPath("Account"), n.Member("SignIn", "User", "LoginModel model"), s_security,
            $"Response.Cookies.Append(\"{n.Pick("auth", "sid", "remember")}\", token, new CookieOptions {{ HttpOnly = {n.Pick("false", "true")}, Secure = false, SameSite = SameSiteMode.None }});")),
        ("redirect", n => HunkCase.Of(n.ControllerPath("Account"), n.Member("Logout", "", "string returnUrl"), s_security,
            n.Pick("return Redirect(returnUrl);", "if (!string.IsNullOrEmpty(returnUrl)) return Redirect(returnUrl);", "Response.Redirect(Request.Query[\"next\"]);"))),
        ("ssrf", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.ControllerPath(e), n.Member("Preview", e, "string url"), s_security,
                n.Pick("var html = await _http.GetStringAsync(url);", "var response = await _client.GetAsync(new Uri(url));", "using var stream = await _httpClient.GetStreamAsync(Request.Query[\"image\"]);"));
        }),
        ("xss", n => HunkCase.Of("src/Web/Pages/" + n.Entity() + "s/Details.cshtml.cs", n.Member("OnGet", "", "string comment"), s_security,
            n.Pick("Message = new HtmlString(\"<b>\" + comment + \"</b>\");", "return Content(\"<div class='note'>\" + comment + \"</div>\", \"text/html\");", "await Response.WriteAsync($\"<h1>{comment}</h1>\");"))),
        ("ldap-xpath", n => HunkCase.Of(n.SourcePath("Directory", "Lookup"), n.Member("Find", "User", "string login"), s_security,
            n.Pick("var searcher = new DirectorySearcher($\"(sAMAccountName={login})\");", "var node = _doc.SelectSingleNode(\"/users/user[@login='\" + login + \"']\");"))),
        ("jwt", n => HunkCase.Of("src/Web/Startup.cs", n.Member("Configure", "Services", "IServiceCollection services"), s_security,
            "options.TokenValidationParameters = new TokenValidationParameters", "{", n.Pick("    ValidateIssuerSigningKey = false,", "    ValidateLifetime = false,", "    ValidateAudience = false, RequireSignedTokens = false,"), "};")),
        ("log-secret", n => HunkCase.Of(n.SourcePath("Auth", "Service"), n.Member("Authenticate", "User", "string user, string password"), s_security,
            n.Pick("_logger.LogWarning(\"Login failed for {User} with {Password}\", user, password);", "Console.WriteLine($\"token={token} card={cardNumber}\");"))),
        ("authz", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.ControllerPath(e), "    public sealed class " + e + "Controller : ControllerBase", s_security,
                n.Pick("[AllowAnonymous]", "[HttpDelete(\"{id}\")]", "[IgnoreAntiforgeryToken]"), $"public async Task<IActionResult> Delete{e}(int id) => Ok(await _store.DeleteAsync(id));");
        }),
    ];
}

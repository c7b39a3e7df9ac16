using CoeReview.Core.Findings;
using CoeReview.Core.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>
/// Weak cryptography (MD5/SHA1 used for security, DES/3DES/RC2/RC4, ECB, RSA PKCS#1 v1.5 encryption,
/// small keys) and System.Random producing tokens, passwords, keys or salts. Hashes for checksums,
/// ETags and cache keys, and Random for shuffles, jitter and sampling, are left alone.
/// </summary>
internal sealed class CryptoRule : ICodeRule
{
    private static readonly HashSet<string> s_brokenCiphers = new(StringComparer.Ordinal)
    {
        "DES", "TripleDES", "RC2", "DESCryptoServiceProvider", "TripleDESCryptoServiceProvider", "RC2CryptoServiceProvider", "RC4",
    };

    private static readonly HashSet<string> s_weakHashes = new(StringComparer.Ordinal)
    {
        "MD5", "SHA1", "MD5CryptoServiceProvider", "SHA1CryptoServiceProvider", "SHA1Managed", "HMACMD5",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.WeakCrypto, CoeRules.InsecureRandom];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) is { } name:
                    CheckCall(context, call, name, CodeFacts.ReceiverName(call));
                    break;
                case BaseObjectCreationExpressionSyntax creation when CodeFacts.CreatedTypeName(creation, context.Model) is { } type:
                    CheckCreation(context, creation, type);
                    break;
                case AssignmentExpressionSyntax a when CodeFacts.NameOfExpression(a.Left) is "Mode" && CodeFacts.NameOfExpression(a.Right) == "ECB":
                    context.Report(CoeRules.WeakCrypto, CodeFacts.StatementOf(a),
                        "ECB mode encrypts equal blocks to equal ciphertext, so patterns of the plaintext show through.",
                        a.ToString().Replace("ECB", "CBC", StringComparison.Ordinal), 0.95);
                    break;
                case AssignmentExpressionSyntax a when CodeFacts.NameOfExpression(a.Left) == "KeySize" && context.Model.GetConstantValue(a.Right).Value is int bits:
                    CheckKeySize(context, a, bits, CodeFacts.NameOfExpression((a.Left as MemberAccessExpressionSyntax)?.Expression) ?? "");
                    break;
            }
        }
    }

    private static void CheckCall(RuleContext context, InvocationExpressionSyntax call, string name, string? receiver)
    {
        var at = CodeFacts.StatementOf(call);
        if (receiver is not null && s_weakHashes.Contains(receiver) && name is "Create" or "HashData" or "ComputeHash" or "HashDataAsync")
        {
            CheckHash(context, call, receiver);
        }
        else if (receiver is not null && s_brokenCiphers.Contains(receiver) && name == "Create")
        {
            context.Report(CoeRules.WeakCrypto, at, $"{receiver} is a broken cipher: its key or block size lets an attacker recover the plaintext.", "Use Aes.Create() (AES-GCM where possible).", 0.95);
        }
        else if (name == "Encrypt" && call.ArgumentList.Arguments.Count == 2 && IsPkcs1(call.ArgumentList.Arguments[1].Expression))
        {
            context.Report(CoeRules.WeakCrypto, at, "RSA encryption with PKCS#1 v1.5 padding is open to padding-oracle attacks.",
                call.ToString().Replace(call.ArgumentList.Arguments[1].ToString(), "RSAEncryptionPadding.OaepSHA256", StringComparison.Ordinal), 0.9);
        }
        else if (receiver is "RSA" or "DSA" && name == "Create" && call.ArgumentList.Arguments.Count == 1
                 && context.Model.GetConstantValue(call.ArgumentList.Arguments[0].Expression).Value is int bits)
        {
            CheckKeySize(context, call, bits, receiver);
        }
        else if (name is "ComputeHash" or "TransformFinalBlock" or "TryComputeHash" && WeakHashFromElsewhere(CodeFacts.ReceiverOf(call), context.Model) is { } weak)
        {
            CheckHash(context, call, weak);
        }
        else if (name is "Create" or "CreateFromName" && receiver is "HashAlgorithm" or "CryptoConfig" && call.ArgumentList.Arguments.Count == 1
                 && context.Model.GetConstantValue(call.ArgumentList.Arguments[0].Expression).Value is string algorithm
                 && algorithm.ToUpperInvariant() is "MD5" or "SHA1" or "SHA" or "SYSTEM.SECURITY.CRYPTOGRAPHY.MD5" or "SYSTEM.SECURITY.CRYPTOGRAPHY.SHA1")
        {
            CheckHash(context, call, algorithm);
        }
        else if (name is "Next" or "NextBytes" or "NextInt64" or "NextDouble" or "GetItems" && IsSystemRandom(CodeFacts.ReceiverOf(call), context.Model))
        {
            CheckRandom(context, call);
        }
    }

    private static void CheckCreation(RuleContext context, BaseObjectCreationExpressionSyntax creation, string type)
    {
        var at = CodeFacts.StatementOf(creation);
        if (s_brokenCiphers.Contains(type))
        {
            context.Report(CoeRules.WeakCrypto, at, $"{type} is a broken cipher: its key or block size lets an attacker recover the plaintext.", "Use Aes.Create() (AES-GCM where possible).", 0.95);
        }
        else if (s_weakHashes.Contains(type))
        {
            CheckHash(context, creation, type);
        }
        else if (type is "RSACryptoServiceProvider" or "DSACryptoServiceProvider" && creation.ArgumentList?.Arguments.Count == 1
                 && context.Model.GetConstantValue(creation.ArgumentList.Arguments[0].Expression).Value is int bits)
        {
            CheckKeySize(context, creation, bits, type);
        }
    }

    private static void CheckHash(RuleContext context, SyntaxNode at, string algorithm)
    {
        // MD5/SHA1 stay fine for checksums, ETags, cache keys and content addressing; flag them when the code is about secrets.
        var scope = at.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or LocalFunctionStatementSyntax) ?? at;
        var names = scope switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText + " " + string.Join(' ', m.ParameterList.Parameters.Select(p => p.Identifier.ValueText)),
            _ => CodeFacts.MemberName(at),
        };
        var declared = at.Ancestors().OfType<VariableDeclaratorSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "";
        var text = names + " " + declared;
        if (SecretCatalogue.Words(text).Any(w => w is "checksum" or "etag" or "cache" or "fingerprint" or "dedupe" or "dedup" or "content" or "file" or "bucket" or "shard" or "partition" or "legacy" or "interop")
            && !SecretCatalogue.IsSecretName(text))
        {
            return;
        }

        context.Report(CoeRules.WeakCrypto, CodeFacts.StatementOf(at),
            $"{algorithm} is broken for security use (collisions are cheap), so it must not protect passwords, tokens or signatures.",
            "Use SHA256 (HMACSHA256 for keyed hashes; Rfc2898DeriveBytes.Pbkdf2 or a password hasher for passwords).", 0.85);
    }

    private static void CheckKeySize(RuleContext context, SyntaxNode at, int bits, string algorithm)
    {
        var rsaLike = algorithm.Contains("RSA", StringComparison.OrdinalIgnoreCase) || algorithm.Contains("DSA", StringComparison.OrdinalIgnoreCase)
            || algorithm.Contains("rsa", StringComparison.OrdinalIgnoreCase);
        if (rsaLike && bits < 2048 || !rsaLike && bits < 128)
        {
            context.Report(CoeRules.WeakCrypto, CodeFacts.StatementOf(at), $"A {bits}-bit key is too small to resist brute force today.",
                rsaLike ? "Use at least 2048 bits (3072 for new keys)." : "Use at least 128 bits.", 0.9);
        }
    }

    // An MD5/SHA1 instance that this statement did not create (a field, a parameter, a factory's result) is checked where it hashes.
    private static string? WeakHashFromElsewhere(ExpressionSyntax? receiver, SemanticModel model)
    {
        if (receiver is null || model.GetSymbolInfo(receiver).Symbol is ILocalSymbol || CodeFacts.TypeOf(receiver, model) is not { } type)
        {
            return null;
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name is "MD5" or "SHA1" && t.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
            {
                return t.Name;
            }
        }

        return null;
    }

    // The value itself (or its text) leaves the method: returned, stored in a field or property, or passed to the
    // project's own code or a writer. Arithmetic, a metadata call or a lambda in between means it is used, not kept.
    private static bool Escapes(InvocationExpressionSyntax call, SemanticModel model)
    {
        SyntaxNode child = call;
        foreach (var node in call.Ancestors())
        {
            switch (node)
            {
                case ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax:
                    return true;
                case AssignmentExpressionSyntax a when a.Right == child:
                    return model.GetSymbolInfo(a.Left).Symbol is IFieldSymbol or IPropertySymbol;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                    return true;
                case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax target }:
                    return model.GetSymbolInfo(target).Symbol is IMethodSymbol m && (m.Locations.Any(l => l.IsInSource) || m.Name.StartsWith("Write", StringComparison.Ordinal));
                case BinaryExpressionSyntax b when model.GetTypeInfo(b).Type?.SpecialType == SpecialType.System_String:
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax:
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" }:
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } }:
                    child = node;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsPkcs1(ExpressionSyntax e) =>
        e.IsKind(SyntaxKind.FalseLiteralExpression) || CodeFacts.NameOfExpression(e) == "Pkcs1";

    private static bool IsSystemRandom(ExpressionSyntax? receiver, SemanticModel model)
    {
        if (receiver is null)
        {
            return false;
        }

        if (CodeFacts.TypeOf(receiver, model) is { } type)
        {
            return type.Name == "Random" && type.ContainingNamespace?.Name == "System";
        }

        var name = CodeFacts.NameOfExpression(receiver) ?? "";
        return name is "Shared" || name.Contains("random", StringComparison.OrdinalIgnoreCase) || name.Contains("rng", StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckRandom(RuleContext context, InvocationExpressionSyntax call)
    {
        // The value is a security value when where it goes or where it is made says so.
        var statement = CodeFacts.StatementOf(call);
        var declared = statement.DescendantNodesAndSelf().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)
            .Concat(statement.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>().Select(a => CodeFacts.NameOfExpression(a.Left) ?? ""));
        var method = call.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "";
        if (!declared.Append(method).Any(SecretCatalogue.IsSecretName))
        {
            // Where nothing names the value, it still leaves the method (returned, stored, written out):
            // a note, since the reviewer knows whether anyone must not guess it.
            if (!context.IsTestFile && Escapes(call, context.Model))
            {
                context.Report(CoeRules.InsecureRandom, statement.GetLocation(),
                    "System.Random is predictable: fine for jitter, sampling or games, never for a value someone must not guess (a token, an id in a URL, a password).",
                    "If the value is a secret, use RandomNumberGenerator.GetInt32/GetBytes/GetString.", 0.5, Severity.Note);
            }

            return;
        }

        context.Report(CoeRules.InsecureRandom, statement,
            "System.Random is predictable, so a token, password, key or salt made from it can be guessed.",
            "Use RandomNumberGenerator.GetInt32/GetBytes/GetString instead.", 0.9);
    }
}

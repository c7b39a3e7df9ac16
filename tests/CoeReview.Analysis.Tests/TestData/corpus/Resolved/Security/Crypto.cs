using System.Security.Cryptography;
using System.Text;

namespace Corpus.Security;

public static class Crypto
{
    public static byte[] HashPassword(string password)
    {
        using var md5 = MD5.Create(); // expect: weak-crypto
        return md5.ComputeHash(Encoding.UTF8.GetBytes(password));
    }

    public static byte[] SignToken(byte[] token) => SHA1.HashData(token); // expect: weak-crypto

    public static byte[] Encrypt(byte[] data, byte[] key)
    {
        using var des = DES.Create(); // expect: weak-crypto
        des.Key = key;
        return des.EncryptCbc(data, new byte[8]);
    }

    public static Aes Cipher()
    {
        var aes = Aes.Create();
        aes.Mode = CipherMode.ECB; // expect: weak-crypto
        return aes;
    }

    public static byte[] Wrap(RSA rsa, byte[] key) => rsa.Encrypt(key, RSAEncryptionPadding.Pkcs1); // expect: weak-crypto

    public static RSA NewKey() => RSA.Create(1024); // expect: weak-crypto

    public static string CreateResetToken()
    {
        var token = new Random().Next(100000, 999999).ToString(); // expect: insecure-random
        return token;
    }

    public static byte[] CreateSalt()
    {
        var salt = new byte[16];
        Random.Shared.NextBytes(salt); // expect: insecure-random
        return salt;
    }
}

public static class CryptoFixed
{
    public static byte[] HashPassword(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);

    public static byte[] SignToken(byte[] token, byte[] key) => HMACSHA256.HashData(key, token);

    public static byte[] ComputeETag(byte[] content) => MD5.HashData(content);

    public static string Checksum(Stream file) => Convert.ToHexString(SHA1.HashData(file));

    public static RSA NewKey() => RSA.Create(3072);

    public static byte[] Wrap(RSA rsa, byte[] key) => rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);

    public static string CreateResetToken() => RandomNumberGenerator.GetInt32(100000, 999999).ToString();

    public static List<int> Shuffle(List<int> items) => items.OrderBy(_ => Random.Shared.Next()).ToList();

    public static TimeSpan Jitter(TimeSpan delay) => delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
}

using System.Security.Cryptography;

namespace Motus.Application.Accounts;

/// <summary>Generated passwords: 20 characters from a 56-letter alphabet without look-alikes (≈ 116 bits), from the OS's CSPRNG.</summary>
public static class Passwords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new random password.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}

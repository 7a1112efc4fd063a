using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Core.Identity;

/// <summary>SHA-256 content hashes, lower-case hex. Article ids are the first 16 hex digits.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The article id for a text: 16 hex digits of its SHA-256.</summary>
    public static string ArticleId(string text) => Of(text)[..16];
}

using System.Net;
using System.Text.RegularExpressions;

namespace Motus.Web.Tests;

/// <summary>What a browser does with forms: fetch the page, copy its antiforgery field, post the form with cookies.</summary>
public static partial class FormPost
{
    /// <summary>The antiforgery field of the first form on <paramref name="url"/>.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"No antiforgery field on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts the sign-in form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var token = await AntiforgeryAsync(client, "/account/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["UserName"] = user, ["Password"] = password });
        return await client.PostAsync("/account/sign-in", form);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

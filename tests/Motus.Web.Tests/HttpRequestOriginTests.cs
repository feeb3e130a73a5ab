using System.Net;
using Microsoft.AspNetCore.Http;
using Motus.Web.Security;

namespace Motus.Web.Tests;

/// <summary>What the access log takes from an HTTP request.</summary>
public sealed class HttpRequestOriginTests
{
    [Fact]
    public void Origin_Request_AddressAndUserAgentOfTheConnection()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8::7");
        context.Request.Headers.UserAgent = "curl/8.5.0";
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.9"; // not trusted: no proxy is configured

        var origin = new HttpRequestOrigin(new HttpContextAccessor { HttpContext = context });

        Assert.Equal(("2001:db8::7", "curl/8.5.0"), (origin.RemoteIp, origin.UserAgent));
    }

    [Fact]
    public void Origin_NoRequestOrNoHeader_Null()
    {
        var none = new HttpRequestOrigin(new HttpContextAccessor());
        var bare = new HttpRequestOrigin(new HttpContextAccessor { HttpContext = new DefaultHttpContext() });

        Assert.Equal((null, null), (none.RemoteIp, none.UserAgent));
        Assert.Equal((null, null), (bare.RemoteIp, bare.UserAgent));
    }
}

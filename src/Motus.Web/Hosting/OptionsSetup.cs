using Microsoft.Extensions.Options;
using Motus.Application.Database;

namespace Motus.Web.Hosting;

/// <summary>Typed options bound from configuration and validated when the host starts.</summary>
public static class OptionsSetup
{
    /// <summary>Binds <see cref="DatabaseOptions"/> from section <c>Database</c> and fails start-up with every problem when unusable.</summary>
    public static WebApplicationBuilder AddMotusOptions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection("Database")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        return builder;
    }

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

using Motus.Web;

await MotusWebApp.Build(args).RunAsync();

/// <summary>The entry point (for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests); the host is composed in <see cref="MotusWebApp"/>.</summary>
public partial class Program;

using Spectre.Console;

namespace Motus.Cli;

/// <summary>Where the CLI writes and what it can assume about the terminal; tests pass writers and a fixed clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Interactive">True when stderr is a terminal, so progress bars may be drawn.</param>
/// <param name="Clock">Clock for audit timestamps and today's date.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Interactive, TimeProvider Clock)
{
    /// <summary>The real console.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected, TimeProvider.System);

    /// <summary>A Spectre console over <see cref="Out"/> (plain text when not interactive).</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = Create(Out);
        if (!Interactive)
        {
            // Redirected output has no terminal width; 80 columns would wrap every table into unreadable slivers.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Table width used when output is redirected.</summary>
    public const int RedirectedWidth = 200;

    /// <summary>A Spectre console over <see cref="Error"/>, for progress bars.</summary>
    public IAnsiConsole CreateErrorConsole() => Create(Error);

    private IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });
}

namespace Motus.Application.Analyses;

/// <summary>
/// Turns the argument checks of the Analysis API and the statistics engine on user-chosen options into usage errors: a value the user typed is not a
/// broken contract but a mistake to report with its message.
/// </summary>
public static class OptionGuard
{
    /// <summary>Runs <paramref name="validate"/>; an <see cref="ArgumentException"/> becomes a usage error (exit 1).</summary>
    public static void Check(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            throw new MotusException(ExitCategory.Usage, $"Invalid option: {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="create"/>; an <see cref="ArgumentException"/> becomes a usage error (exit 1).</summary>
    public static T Check<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new MotusException(ExitCategory.Usage, $"Invalid option: {e.Message}");
        }
    }
}

namespace Motus.Application.Analyses;

/// <summary>
/// Turns the Analysis API's argument checks on user-chosen options into usage errors: a value the user typed is not a
/// broken contract but a mistake to report with its message.
/// </summary>
internal static class OptionGuard
{
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

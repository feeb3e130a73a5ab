using Motus.Analysis.Cafs;

namespace Motus.Analysis.Tests.Cafs;

/// <summary>
/// Five patients (months from the origin; function = change from baseline):
/// <code>
/// P1 died at 3;            function (1, −3)
/// P2 alive, followed to 12; function (6, −2), (12, −4)
/// P3 died at 6;            function (3, −6)
/// P4 alive, followed to 12; function (6, −5), (12, −9)
/// P5 alive, followed to 2;  function (1, −1)
/// </code>
/// </summary>
internal static class CafsExample
{
    public static CafsSubject[] Subjects() =>
    [
        new("P1", true, 3, [new(1, -3)]),
        new("P2", false, 12, [new(6, -2), new(12, -4)]),
        new("P3", true, 6, [new(3, -6)]),
        new("P4", false, 12, [new(6, -5), new(12, -9)]),
        new("P5", false, 2, [new(1, -1)]),
    ];
}

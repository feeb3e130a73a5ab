using System.Globalization;
using Motus.Application.Stats;
using Motus.Simulation.Randomisation;

namespace Motus.Application.Randomisation;

/// <summary>
/// The files of <c>motus design randomize</c> (documented in docs/methods/randomisation.md): the allocation lists written
/// as CSV, and the patients file read for minimisation. Expected failures (missing file or column, empty cell) are
/// <see cref="MotusException"/>s naming file, line and column.
/// </summary>
public static class RandomisationFiles
{
    /// <summary>Column of the patient identifier in a patients file.</summary>
    public const string PatientIdColumn = "patient_id";

    /// <summary>Writes a permuted-block list: one column per stratification factor, then position, block, block_size, arm.</summary>
    /// <param name="path">Output file (replaced).</param>
    /// <param name="list">The list.</param>
    public static void WriteList(string path, AllocationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        string[] header = [.. list.Factors, "position", "block", "block_size", "arm"];
        StatsCsvWriter.Write(path, header, list.Entries.Select(e => (IReadOnlyList<string>)[.. e.Stratum, I(e.Position), I(e.Block), I(e.BlockSize), e.Arm]));
    }

    /// <summary>Writes minimisation assignments: patient_id, the factors, arm, preferred_arm, then d_&lt;arm&gt; (the imbalance score of each arm).</summary>
    /// <param name="path">Output file (replaced).</param>
    /// <param name="options">The settings (for the column names).</param>
    /// <param name="assignments">The assignments in enrolment order.</param>
    public static void WriteAssignments(string path, MinimisationOptions options, IReadOnlyList<MinimisationAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assignments);
        string[] header = [PatientIdColumn, .. options.Factors.Select(f => f.Name), "arm", "preferred_arm", .. options.Arms.Select(a => "d_" + a)];
        StatsCsvWriter.Write(path, header, assignments.Select(a =>
            (IReadOnlyList<string>)[a.PatientId, .. a.Levels, a.Arm, a.PreferredArm, .. a.Imbalances.Select(d => d.ToString("R", CultureInfo.InvariantCulture))]));
    }

    /// <summary>Reads the patients to minimise, in file order: a <c>patient_id</c> column and one column per factor; no empty cells.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="factors">Factor names (columns).</param>
    public static IReadOnlyList<MinimisationPatient> ReadPatients(string path, IReadOnlyList<string> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var csv = CsvColumns.Load(path);
        var ids = csv.Strings(PatientIdColumn);
        var columns = factors.Select(csv.Strings).ToArray();
        var patients = new List<MinimisationPatient>(csv.RowCount);
        for (var i = 0; i < csv.RowCount; i++)
        {
            var levels = new string[factors.Count];
            for (var f = 0; f < factors.Count; f++)
            {
                levels[f] = columns[f][i].Trim();
                if (levels[f].Length == 0)
                {
                    throw new MotusException(ExitCategory.Data, $"{path}: line {i + 2}, column {factors[f]}: empty level.");
                }
            }

            if (ids[i].Trim().Length == 0)
            {
                throw new MotusException(ExitCategory.Data, $"{path}: line {i + 2}, column {PatientIdColumn}: empty patient id.");
            }

            patients.Add(new MinimisationPatient(ids[i].Trim(), levels));
        }

        return patients;
    }

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);
}

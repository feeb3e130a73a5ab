using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// Finds the form files of a folder (not its subfolders) by name, case-insensitively, in both naming schemes:
/// <c>PROACT_&lt;FORM&gt;.csv</c> (also with an <c>F_</c> prefix) and the 2016 names (<c>alsfrs.csv</c>…).
/// </summary>
internal static class FileLocator
{
    /// <summary>The form files in reading order, and the names of the other files.</summary>
    public static (List<LocatedFile> Forms, List<string> Ignored) Locate(string directory, ErrorSink errors)
    {
        var found = new Dictionary<ProactForm, LocatedFile>();
        var ignored = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var schema = ProactSchemas.Match(name);
            if (schema is null)
            {
                ignored.Add(name);
            }
            else if (found.TryGetValue(schema.Form, out var first))
            {
                errors.Add(name, 0, null, first.Name, ImportRuleIds.FileDuplicate,
                    $"{name} is the {schema.FormName} form again, already read from {first.Name}: keep one of the two files.");
            }
            else
            {
                found.Add(schema.Form, new LocatedFile(schema, path, name, new FileInfo(path).Length));
            }
        }

        if (!found.ContainsKey(ProactForm.Demographics))
        {
            errors.Add(ProactSchemas.Demographics.FileName, 0, null, null, ImportRuleIds.FileMissing,
                $"The folder has no Demographics form ({ProactSchemas.Demographics.FileName} or {ProactSchemas.Demographics.LegacyFileName}); every subject must be listed there.");
        }

        var forms = ProactSchemas.All.Where(s => found.ContainsKey(s.Form)).Select(s => found[s.Form]).ToList();
        return (forms, ignored);
    }
}

using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Reading;

/// <summary>Turns the data rows of one form into patient details or records.</summary>
internal interface IFormHandler
{
    FormSchema Schema { get; }

    /// <summary>Handles one well-formed data row (right number of fields, valid UTF-8).</summary>
    void HandleRow(ref RowReader row);
}

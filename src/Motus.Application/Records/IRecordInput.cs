using Motus.Domain.Common;

namespace Motus.Application.Records;

/// <summary>
/// A record as a user enters it (page form or API body): plain, nullable fields, so that a missing value is an error
/// message next to its field rather than a parse failure. The domain's rules run afterwards on the details.
/// </summary>
/// <typeparam name="TDetails">The domain details the input becomes.</typeparam>
public interface IRecordInput<out TDetails>
    where TDetails : class, IRecordDetails
{
    /// <summary>The details, or null after adding to <paramref name="errors"/> every required field that is missing.</summary>
    TDetails? ToDetails(ICollection<FieldError> errors);
}

namespace Motus.Application.CellProducts;

/// <summary>A cell-product lot as the list, the edit form and the API show it.</summary>
/// <param name="Id">The lot's id (administrations refer to it).</param>
/// <param name="Details">Its fields; the donor by code, left empty when the donor is at a site the caller does not see.</param>
/// <param name="DonorAtAnotherSite">True for an autologous lot whose donor is not at the caller's sites (such a lot can be read, not edited).</param>
/// <param name="Administrations">Current administrations of the lot to patients at the caller's sites.</param>
/// <param name="Version">The lot's version (sequence of its newest audit row); send it back as the expected version.</param>
public sealed record CellProductView(Guid Id, CellProductInput Details, bool DonorAtAnotherSite, int Administrations, long Version);

/// <summary>A study's lots.</summary>
/// <param name="Study">Protocol id.</param>
/// <param name="DatesShifted">True when the study's dates are shifted day counts.</param>
/// <param name="Products">The lots, by lot number.</param>
public sealed record CellProductList(string Study, bool DatesShifted, IReadOnlyList<CellProductView> Products);

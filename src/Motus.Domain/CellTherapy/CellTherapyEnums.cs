namespace Motus.Domain.CellTherapy;

/// <summary>Kind of cell product.</summary>
public enum CellType
{
    /// <summary>Mesenchymal stem/stromal cells.</summary>
    Msc = 1,
    /// <summary>MSC induced to secrete neurotrophic factors (MSC-NTF, e.g. NurOwn).</summary>
    MscNtf = 2,
    /// <summary>Neural stem or progenitor cells.</summary>
    NeuralStemOrProgenitor = 3,
    /// <summary>Cells derived from induced pluripotent stem cells (e.g. motor neurons, astrocytes).</summary>
    IpscDerived = 4,
    /// <summary>Bone-marrow mononuclear cells.</summary>
    BoneMarrowMononuclear = 5,
    /// <summary>Another kind.</summary>
    Other = 9,
}

/// <summary>Tissue the cells came from.</summary>
public enum TissueSource
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Bone marrow.</summary>
    BoneMarrow = 1,
    /// <summary>Adipose tissue.</summary>
    Adipose = 2,
    /// <summary>Umbilical cord or cord blood.</summary>
    UmbilicalCord = 3,
    /// <summary>Placenta or amnion.</summary>
    Placenta = 4,
    /// <summary>Fetal tissue (e.g. fetal spinal cord).</summary>
    Fetal = 5,
    /// <summary>Induced pluripotent stem cells.</summary>
    Ipsc = 6,
    /// <summary>Embryonic stem cells.</summary>
    EmbryonicStemCells = 7,
    /// <summary>Another source.</summary>
    Other = 9,
}

/// <summary>Whether the donor is the patient.</summary>
public enum CellOrigin
{
    /// <summary>The patient's own cells.</summary>
    Autologous = 1,
    /// <summary>Donor cells.</summary>
    Allogeneic = 2,
}

/// <summary>Route of administration.</summary>
public enum AdministrationRoute
{
    /// <summary>Intravenous.</summary>
    Intravenous = 1,
    /// <summary>Intrathecal (lumbar puncture).</summary>
    Intrathecal = 2,
    /// <summary>Intraspinal (into the cord parenchyma).</summary>
    Intraspinal = 3,
    /// <summary>Intramuscular.</summary>
    Intramuscular = 4,
    /// <summary>Intracerebroventricular.</summary>
    Intracerebroventricular = 5,
    /// <summary>Another route.</summary>
    Other = 9,
}

/// <summary>Unit of a cell dose.</summary>
public enum DoseUnit
{
    /// <summary>Total cells.</summary>
    Cells = 1,
    /// <summary>Cells per kilogram of body weight.</summary>
    CellsPerKg = 2,
}

namespace Chancery.Archive.Security;

/// <summary>How sensitive the exfiltration guard's anomaly alerts are (the hard limits are per user, on <see cref="UserAccount"/>).</summary>
/// <param name="AnomalyFactor">How many times the user's usual rate counts as a strong departure.</param>
/// <param name="VolumeFloor">Cables per hour below which no volume alert is raised, whatever the user's history.</param>
/// <param name="BreadthFloor">Distinct posts per hour below which no breadth alert is raised.</param>
/// <param name="HistoryDays">How many days of the user's own history make their baseline.</param>
/// <param name="WorkingHoursPerDay">The hours a day a reader's usual reading is assumed to be spread over.</param>
public sealed record ExfiltrationGuardOptions(
    double AnomalyFactor = 3,
    int VolumeFloor = 100,
    int BreadthFloor = 15,
    int HistoryDays = 14,
    int WorkingHoursPerDay = 8)
{
    /// <summary>The defaults.</summary>
    public static ExfiltrationGuardOptions Default { get; } = new();
}

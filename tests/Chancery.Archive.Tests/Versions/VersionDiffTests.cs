using Chancery.Archive.Versions;

namespace Chancery.Archive.Tests.Versions;

public class VersionDiffTests
{
    [Fact]
    public void Changed_line_is_removed_then_added_with_line_numbers()
    {
        var diff = VersionDiff.Compare("SUBJECT: TALKS\n1. Quota will rise.\nEND\n", "SUBJECT: TALKS\n1. Quota will fall.\nEND\nADDED\n");
        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, "SUBJECT: TALKS", 1, 1),
                new DiffLine(DiffLineKind.Removed, "1. Quota will rise.", 2, null),
                new DiffLine(DiffLineKind.Added, "1. Quota will fall.", null, 2),
                new DiffLine(DiffLineKind.Unchanged, "END", 3, 3),
                new DiffLine(DiffLineKind.Added, "ADDED", null, 4),
            ],
            diff.Lines);
        Assert.Equal((2, 1), (diff.Added, diff.Removed));
    }

    [Fact]
    public void Same_text_with_other_line_breaks_is_empty()
    {
        Assert.True(VersionDiff.Compare("A\r\nB\r\n", "A\nB\n").IsEmpty);
        Assert.False(VersionDiff.Compare("A \nB", "A\nB").IsEmpty);
    }
}

namespace Chancery.Web.Rendering;

/// <summary>Which page numbers a pager shows: first, last and a window around the current page; 0 marks a gap.</summary>
internal static class Pager
{
    public static List<int> Pages(int current, int count, int window = 2)
    {
        var pages = new List<int>();
        for (var p = 1; p <= count; p++)
        {
            if (p == 1 || p == count || Math.Abs(p - current) <= window) pages.Add(p);
            else if (pages.Count > 0 && pages[^1] != 0) pages.Add(0);
        }
        return pages;
    }
}

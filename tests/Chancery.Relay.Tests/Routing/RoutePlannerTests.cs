using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Tests.Routing;

public class RoutePlannerTests
{
    // Washington as the hub of a small network: links to Astana, Almaty, Kabul and the CIS relay (which
    // serves the Russian posts and passes Dushanbe on).
    private static readonly StationConfig Washington = new()
    {
        RoutingIndicator = "RUEHC",
        Address = "SECSTATE WASHDC",
        DataDirectory = "/tmp/x",
        Serves = ["RUEHC"],
        Links =
        [
            new LinkConfig("astana", "RUEHAST", null, "WAA"),
            new LinkConfig("almaty", "RUEHTA", null, "WAT"),
            new LinkConfig("kabul", "RUEHBUL", null, "WAK"),
            new LinkConfig("cis", "RUCNCIS", null, "WAC"),
        ],
        Routes =
        [
            new RouteConfig("RUEHAST", "astana", null),
            new RouteConfig("RUEHTA", "almaty", "astana"),
            new RouteConfig("RUEHBUL", "kabul", null),
            new RouteConfig("RUEHDBU", "cis", null),
            new RouteConfig("RUEHLN", "cis", null),
            new RouteConfig("RUEHVK", "cis", null),
            new RouteConfig("RUEHYG", "cis", null),
            new RouteConfig("RUEH", "astana", null),
        ],
        Collectives = new Dictionary<string, IReadOnlyList<string>> { ["RUCNCIS"] = ["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"] },
    };

    private static readonly Func<string, bool> AllUp = _ => true;

    private static Addressing Line(params string[] indicators) =>
        new(indicators, new HashSet<string>(), new HashSet<string>(), Precedence.Priority, null);

    [Fact]
    public void The_longest_prefix_wins_and_the_empty_prefix_is_the_default()
    {
        var table = new RoutingTable([new RouteConfig("", "default", null), new RouteConfig("RUEH", "state", null), new RouteConfig("RUEHTA", "almaty", null)]);

        Assert.Equal("almaty", table.Lookup("RUEHTA")?.Link);
        Assert.Equal("state", table.Lookup("RUEHT")?.Link);
        Assert.Equal("default", table.Lookup("RUCPDO")?.Link);
        Assert.Null(new RoutingTable([new RouteConfig("RUEH", "state", null)]).Lookup("RUCPDO"));
    }

    [Fact]
    public void The_seed_cables_routing_line_goes_out_as_one_copy_to_the_cis_relay()
    {
        var plan = new RoutePlanner(Washington).Plan(Line("RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"), AllUp);

        var hop = Assert.Single(plan.Hops);
        Assert.Equal("cis", hop.Link);
        Assert.Equal(["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"], hop.RoutingIndicators);
        Assert.Equal(Precedence.Priority, hop.Precedence);
        Assert.Empty(plan.Local);
        Assert.Empty(plan.Unroutable);
    }

    [Fact]
    public void The_routing_line_is_segregated_per_link_and_local_indicators_stay_here()
    {
        var plan = new RoutePlanner(Washington).Plan(Line("RUEHC", "RUEHTA", "RUEHDBU", "RUEHBUL", "RUEHLN", "RUCPDO", "RUEHVEN"), AllUp);

        Assert.Equal(["RUEHC"], plan.Local);
        Assert.Equal(["almaty:RUEHTA", "cis:RUEHDBU RUEHLN", "kabul:RUEHBUL", "astana:RUEHVEN"],
            plan.Hops.Select(h => h.Link + ":" + string.Join(' ', h.RoutingIndicators)));
        Assert.Equal(["RUCPDO"], plan.Unroutable);
    }

    [Fact]
    public void A_collective_is_expanded_once_and_no_indicator_is_served_twice()
    {
        var plan = new RoutePlanner(Washington).Plan(Line("RUEHDBU", "RUCNCIS", "RUCNCIS", "RUEHLN"), AllUp);

        Assert.Equal(["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"], Assert.Single(plan.Hops).RoutingIndicators);
    }

    [Fact]
    public void Exempted_members_of_a_collective_are_left_out()
    {
        var addressing = Line("RUCNCIS") with { Exempted = new HashSet<string> { "RUEHVK" } };

        var plan = new RoutePlanner(Washington).Plan(addressing, AllUp);

        Assert.Equal(["RUEHDBU", "RUEHLN", "RUEHYG"], Assert.Single(plan.Hops).RoutingIndicators);
    }

    [Fact]
    public void Nested_collectives_terminate()
    {
        var config = Washington with
        {
            Collectives = new Dictionary<string, IReadOnlyList<string>> { ["RUCNAAA"] = ["RUCNBBB", "RUEHTA"], ["RUCNBBB"] = ["RUCNAAA", "RUEHBUL"] },
        };
        var plan = new RoutePlanner(config).Plan(Line("RUCNAAA"), AllUp);
        Assert.Equal(["RUEHBUL", "RUEHTA"], plan.Hops.SelectMany(h => h.RoutingIndicators).Order());
    }

    [Fact]
    public void The_alternate_route_is_used_only_while_the_primary_is_down()
    {
        var planner = new RoutePlanner(Washington);

        Assert.Equal("almaty", Assert.Single(planner.Plan(Line("RUEHTA"), AllUp).Hops).Link);
        Assert.Equal("astana", Assert.Single(planner.Plan(Line("RUEHTA"), l => l != "almaty").Hops).Link);
        // Both down: wait on the primary.
        Assert.Equal("almaty", Assert.Single(planner.Plan(Line("RUEHTA"), _ => false).Hops).Link);
    }

    [Fact]
    public void Nothing_goes_back_over_the_link_it_came_in_by()
    {
        var plan = new RoutePlanner(Washington).Plan(Line("RUEHAST", "RUEHTA"), AllUp, arrivedOn: "astana");

        Assert.Equal(["RUEHAST"], plan.Unroutable);
        Assert.Equal("almaty", Assert.Single(plan.Hops).Link);
    }

    [Fact]
    public void An_information_only_copy_takes_the_lower_precedence_of_a_dual_precedence()
    {
        var addressing = new Addressing(["RUEHTA", "RUEHBUL"], new HashSet<string> { "RUEHTA" }, new HashSet<string>(), Precedence.Immediate, Precedence.Routine);

        var plan = new RoutePlanner(Washington).Plan(addressing, AllUp);

        Assert.Equal(Precedence.Immediate, plan.Hops.Single(h => h.Link == "almaty").Precedence);
        Assert.Equal(Precedence.Routine, plan.Hops.Single(h => h.Link == "kabul").Precedence);
    }

    [Fact]
    public void Members_of_an_action_collective_are_action_addressees()
    {
        var addressing = new Addressing(["RUCNCIS", "RUEHBUL"], new HashSet<string> { "RUCNCIS" }, new HashSet<string>(), Precedence.Immediate, Precedence.Routine);

        var plan = new RoutePlanner(Washington).Plan(addressing, AllUp);

        Assert.Equal(Precedence.Immediate, plan.Hops.Single(h => h.Link == "cis").Precedence);
        Assert.Equal(Precedence.Routine, plan.Hops.Single(h => h.Link == "kabul").Precedence);
    }

    [Fact]
    public void The_seed_cables_addressees_give_its_routing_line_at_the_origin()
    {
        var cable = new Cable
        {
            Precedence = Precedence.Priority,
            To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Priority, false, 116)],
            Info =
            [
                new Addressee("RUEHTA", "AMEMBASSY ALMATY"), new Addressee("RUCNCIS", "CIS COLLECTIVE"),
                new Addressee("RUEHBUL", "AMEMBASSY KABUL"), new Addressee("RUEHAST", "USOFFICE ASTANA"),
            ],
            Exempted = [new Addressee("RUEHVK", "AMCONSUL VLADIVOSTOK")],
        };

        var addressing = Addressing.Of(cable, fromAddressees: true);

        Assert.Equal(["RUEHC", "RUEHTA", "RUCNCIS", "RUEHBUL", "RUEHAST"], addressing.RoutingIndicators);
        Assert.Equal(["RUEHC"], addressing.ActionIndicators);
        Assert.Equal(["RUEHVK"], addressing.Exempted);
        Assert.Equal(Precedence.Priority, addressing.Precedence);
        Assert.Null(addressing.InfoPrecedence);
    }
}

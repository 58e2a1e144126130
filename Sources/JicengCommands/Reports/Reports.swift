import JicengBase
import JicengDomain

/// Every report the street, district and city ask for (`report by street`, …): pure
/// functions from a `Database` (its `today` is "now") and their parameters to a
/// `ReportTable`, which any output format renders. One file per report; each reads
/// every table it needs once, with accumulators indexed by handle, never a scan inside
/// a scan, so a city of 50,000 members and 100,000 meetings reports at once.
///
/// Names of people appear; ID and phone numbers never do. Which public rule each
/// column follows is in docs/REPORTS.md.
public enum Reports {}

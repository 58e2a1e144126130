// JicengStore: the JSON store — snapshot, write-ahead journal, audit trail and lock.
import JicengDomain

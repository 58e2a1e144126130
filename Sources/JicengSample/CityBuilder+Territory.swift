import JicengBase
import JicengDomain

// District → street → community → grid, with households, activity space and social organisations.
extension CityBuilder {
    /// Grids per community: most have two, large ones up to four (800+ grids for 420 communities).
    static let gridsPerCommunity: [(Int, Int)] = [(1, 20), (2, 45), (3, 25), (4, 10)]

    func buildTerritory() throws {
        for d in 0..<scale.districts {
            var row = District()
            row.name = SampleWords.districtNames[d % SampleWords.districtNames.count]
            districts.append(try db.insert(row))
        }
        var stems = SampleWords.placeStems
        rng.shuffle(&stems)
        for s in 0..<scale.streets {
            var row = Street()
            let stem = stems[s % stems.count]
            row.name = stem + (s < stems.count ? "" : String(s / stems.count + 1)) + "街道"
            let district = s % districts.count
            row.district = districts[district]
            streets.append(StreetInfo(street: try db.insert(row), district: district, name: row.name))
        }
        var used = Set<String>()
        for c in 0..<scale.communities {
            let street = c % streets.count
            var name = ""
            repeat {
                name = SampleWords.communityName(rng.pick(stems), rng.pick(SampleWords.communitySuffixes))
                if used.contains(name) { name = rng.pick(stems) + rng.pick(["东", "西", "南", "北", "新"]) + rng.pick(SampleWords.communitySuffixes) }
            } while used.contains(name) && used.count < stems.count * SampleWords.communitySuffixes.count
            used.insert(name)
            let gridCount = rng.pick(CityBuilder.gridsPerCommunity)
            var row = Community()
            row.name = name
            row.street = streets[street].street
            row.households = gridCount * rng.around(Rules.householdsPerGrid, spread: 0.2, minimum: 150)
            // Most centres meet the 300 m² standard; a few older ones do not yet.
            row.areaM2 = rng.chance(0.9) ? rng.int(Rules.minimumActivitySpaceM2...1200) : rng.int(120..<Rules.minimumActivitySpaceM2)
            row.socialOrgs = rng.chance(0.8) ? rng.int(Rules.socialOrgsPerCommunity...24) : rng.int(3..<Rules.socialOrgsPerCommunity)
            let handle = try db.insert(row)
            var place = Place(community: handle, street: street, name: name)
            let households = row.households!
            for g in 0..<gridCount {
                var grid = Grid()
                grid.name = SampleWords.dropping("社区", from: name) + "第\(g + 1)网格"
                grid.community = handle
                grid.households = households / gridCount + (g == 0 ? households % gridCount : 0)
                place.grids.append(try db.insert(grid))
            }
            placeIndex[handle] = places.count
            streets[street].places.append(places.count)
            places.append(place)
        }
        settle()
    }

    func buildUnits() throws {
        var remaining = scale.unitMembers
        while remaining > 0 {
            let place = rng.int(0..<places.count)
            let kind = rng.pick(SampleWords.unitKindWeights)
            var size = rng.int(rng.pick(SampleScale.unitSizes))
            if remaining - size < 3 { size = remaining }
            remaining -= size
            var row = Unit()
            let stem = SampleWords.dropping("街道", from: streets[places[place].street].name)
            row.name = stem + rng.pick(SampleWords.unitNames[kind]!)
            row.kind = kind
            row.street = streets[places[place].street].street
            row.community = places[place].community
            let unit = try db.insert(row)
            places[place].units.append(unit)
            unitPlans.append(UnitPlan(unit: unit, kind: kind, place: place, size: size))
        }
        // Units without a party organisation of their own still sign agreements.
        for p in places.indices where rng.chance(0.5) {
            let kind = rng.pick(SampleWords.unitKindWeights)
            var row = Unit()
            row.name = SampleWords.dropping("社区", from: places[p].name) + rng.pick(SampleWords.unitNames[kind]!)
            row.kind = kind
            row.street = streets[places[p].street].street
            row.community = places[p].community
            places[p].units.append(try db.insert(row))
        }
        settle()
    }
}

import XCTest
@testable import JicengLang

import Foundation
public let khParseVersion = "0.1.0"

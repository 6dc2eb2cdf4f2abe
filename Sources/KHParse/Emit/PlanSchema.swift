/// The JSON Schema of the output, as `kh-parse schema` prints it. Must equal Schemas/plan.schema.json
/// byte for byte (a test checks it).
public enum PlanSchema {
    public static let text = """
    {}

    """
}

export declare const IconsetAttributes: import("@sinclair/typebox").TObject<{
    uid: import("@sinclair/typebox").TString;
    version: import("@sinclair/typebox").TInteger;
    name: import("@sinclair/typebox").TString;
    default_group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    default_friendly: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    default_hostile: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    default_neutral: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    default_unknown: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    skip_resize: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
}>;
export declare const IconAttributes: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    type2525b: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Icon: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        type2525b: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
declare const _default: import("@sinclair/typebox").TObject<{
    iconset: import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TString;
            version: import("@sinclair/typebox").TInteger;
            name: import("@sinclair/typebox").TString;
            default_group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            default_friendly: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            default_hostile: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            default_neutral: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            default_unknown: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            skip_resize: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        }>;
        icon: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TString;
                type2525b: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        }>>, import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TString;
                type2525b: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        }>]>;
    }>;
}>;
export default _default;

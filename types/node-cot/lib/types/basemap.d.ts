export declare const BasemapMapSource: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    minZoom: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TInteger;
    }>;
    maxZoom: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TInteger;
    }>;
    tileType: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    tileUpdate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
    backgroundColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
}>;
declare const _default: import("@sinclair/typebox").TObject<{
    customMapSource: import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        minZoom: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TInteger;
        }>;
        maxZoom: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TInteger;
        }>;
        tileType: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        tileUpdate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
        backgroundColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
    }>;
}>;
export default _default;

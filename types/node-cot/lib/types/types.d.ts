export declare const EventAttributes: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TString;
    uid: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TString;
    how: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    access: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    qos: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    opex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    time: import("@sinclair/typebox").TString;
    stale: import("@sinclair/typebox").TString;
    start: import("@sinclair/typebox").TString;
}>;
export declare const TogAttributes: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        enabled: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const LinkAttributes: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Link: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const LinkAttrRouteFil: import("@sinclair/typebox").TEnum<{
    Infil: "Infil";
    Exfil: "Exfil";
}>;
export declare const LinkAttrRouteMethod: import("@sinclair/typebox").TEnum<{
    Driving: "Driving";
    Walking: "Walking";
    Flying: "Flying";
    Swimming: "Swimming";
    Watercraft: "Watercraft";
}>;
export declare const LinkAttrRouteType: import("@sinclair/typebox").TEnum<{
    Primary: "Primary";
    Secondary: "Secondary";
}>;
export declare const LinkAttrRouteOrder: import("@sinclair/typebox").TEnum<{
    Ascending: "Ascending Check Points";
    Descending: "Descending Check Points";
}>;
export declare const LinkAttrAttributes: import("@sinclair/typebox").TObject<{
    planningmethod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
        Infil: "Infil";
        Exfil: "Exfil";
    }>>;
    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    method: import("@sinclair/typebox").TEnum<{
        Driving: "Driving";
        Walking: "Walking";
        Flying: "Flying";
        Swimming: "Swimming";
        Watercraft: "Watercraft";
    }>;
    prefix: import("@sinclair/typebox").TString;
    stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    routetype: import("@sinclair/typebox").TEnum<{
        Primary: "Primary";
        Secondary: "Secondary";
    }>;
    direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
        Infil: "Infil";
        Exfil: "Exfil";
    }>>;
    order: import("@sinclair/typebox").TEnum<{
        Ascending: "Ascending Check Points";
        Descending: "Descending Check Points";
    }>;
}>;
export declare const LinkAttr: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        planningmethod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
            Infil: "Infil";
            Exfil: "Exfil";
        }>>;
        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        method: import("@sinclair/typebox").TEnum<{
            Driving: "Driving";
            Walking: "Walking";
            Flying: "Flying";
            Swimming: "Swimming";
            Watercraft: "Watercraft";
        }>;
        prefix: import("@sinclair/typebox").TString;
        stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        routetype: import("@sinclair/typebox").TEnum<{
            Primary: "Primary";
            Secondary: "Secondary";
        }>;
        direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
            Infil: "Infil";
            Exfil: "Exfil";
        }>>;
        order: import("@sinclair/typebox").TEnum<{
            Ascending: "Ascending Check Points";
            Descending: "Descending Check Points";
        }>;
    }>;
}>;
export declare const ProtocolSupportAttributes: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const ServerVersionAttributes: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        serverVersion: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const ColorAttributes: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        argb: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const GenericAttributes: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const GenericOptionalText: import("@sinclair/typebox").TObject<{
    _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const GenericText: import("@sinclair/typebox").TObject<{
    _text: import("@sinclair/typebox").TString;
}>;
export declare const TrackAttributes: import("@sinclair/typebox").TObject<{
    speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Track: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
}>;
export declare const ShapePolyLineAttributes: import("@sinclair/typebox").TObject<{
    closed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const VertexAttribute: import("@sinclair/typebox").TObject<{
    lat: import("@sinclair/typebox").TNumber;
    lon: import("@sinclair/typebox").TNumber;
}>;
export declare const ShapePolyLine: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        closed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    vertex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            lat: import("@sinclair/typebox").TNumber;
            lon: import("@sinclair/typebox").TNumber;
        }>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            lat: import("@sinclair/typebox").TNumber;
            lon: import("@sinclair/typebox").TNumber;
        }>;
    }>>]>>;
}>;
export declare const ShapeEllipseAttributes: import("@sinclair/typebox").TObject<{
    major: import("@sinclair/typebox").TNumber;
    minor: import("@sinclair/typebox").TNumber;
    angle: import("@sinclair/typebox").TNumber;
}>;
export declare const ShapeEllipse: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        major: import("@sinclair/typebox").TNumber;
        minor: import("@sinclair/typebox").TNumber;
        angle: import("@sinclair/typebox").TNumber;
    }>;
}>;
export declare const Shape: import("@sinclair/typebox").TObject<{
    polyline: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            closed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        vertex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                lat: import("@sinclair/typebox").TNumber;
                lon: import("@sinclair/typebox").TNumber;
            }>;
        }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                lat: import("@sinclair/typebox").TNumber;
                lon: import("@sinclair/typebox").TNumber;
            }>;
        }>>]>>;
    }>>;
    ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            major: import("@sinclair/typebox").TNumber;
            minor: import("@sinclair/typebox").TNumber;
            angle: import("@sinclair/typebox").TNumber;
        }>;
    }>>;
}>;
export declare const MissionAttributes: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const MissionLayer: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
    parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>>;
}>;
export declare const MissionChangeDetails: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TString;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
    location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            lat: import("@sinclair/typebox").TString;
            lon: import("@sinclair/typebox").TString;
        }>;
    }>>;
}>;
export declare const MissionChange: import("@sinclair/typebox").TObject<{
    contentUid: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    creatorUid: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
    isFederatedChange: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    missionName: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    timestamp: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    type: import("@sinclair/typebox").TObject<{
        _text: import("@sinclair/typebox").TString;
    }>;
    details: import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TString;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
        location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                lat: import("@sinclair/typebox").TString;
                lon: import("@sinclair/typebox").TString;
            }>;
        }>>;
    }>;
}>;
export declare const MissionChanges: import("@sinclair/typebox").TObject<{
    MissionChange: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        contentUid: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        creatorUid: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
        isFederatedChange: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        missionName: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        timestamp: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        type: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        details: import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                type: import("@sinclair/typebox").TString;
                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
            location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    lat: import("@sinclair/typebox").TString;
                    lon: import("@sinclair/typebox").TString;
                }>;
            }>>;
        }>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        contentUid: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        creatorUid: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
        isFederatedChange: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        missionName: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        timestamp: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        type: import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>;
        details: import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                type: import("@sinclair/typebox").TString;
                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
            location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    lat: import("@sinclair/typebox").TString;
                    lon: import("@sinclair/typebox").TString;
                }>;
            }>>;
        }>;
    }>>]>;
}>;
export declare const Mission: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
        parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _text: import("@sinclair/typebox").TString;
        }>>;
    }>>;
    MissionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        MissionChange: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            contentUid: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            creatorUid: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
            isFederatedChange: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            missionName: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            timestamp: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            type: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            details: import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TString;
                    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
                location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        lat: import("@sinclair/typebox").TString;
                        lon: import("@sinclair/typebox").TString;
                    }>;
                }>>;
            }>;
        }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            contentUid: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            creatorUid: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
            isFederatedChange: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            missionName: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            timestamp: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            type: import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>;
            details: import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TString;
                    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
                location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        lat: import("@sinclair/typebox").TString;
                        lon: import("@sinclair/typebox").TString;
                    }>;
                }>>;
            }>;
        }>>]>;
    }>>;
}>;
export declare const SensorAttributes: import("@sinclair/typebox").TObject<{
    elevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    vfov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    fov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    roll: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    azimuth: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    north: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    fovBlue: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    fovAlpha: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    fovGreen: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    fovRed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    rangeLines: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    rangeLineStrokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    rangeLineStrokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    displayMagneticReference: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    hideFov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Sensor: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        elevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        vfov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        fov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        roll: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        azimuth: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        north: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        fovBlue: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        fovAlpha: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        fovGreen: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        fovRed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        rangeLines: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        rangeLineStrokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        rangeLineStrokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        displayMagneticReference: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        hideFov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const VideoAttributes: import("@sinclair/typebox").TObject<{
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const VideoConnectionEntryAttributes: import("@sinclair/typebox").TObject<{
    uid: import("@sinclair/typebox").TString;
    address: import("@sinclair/typebox").TString;
    networkTimeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    protocol: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    bufferTime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    port: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    roverPort: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    rtspReliable: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    ignoreEmbeddedKLV: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    alias: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const VideoConnectionEntry: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TString;
        address: import("@sinclair/typebox").TString;
        networkTimeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        protocol: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        bufferTime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        port: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        roverPort: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        rtspReliable: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        ignoreEmbeddedKLV: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        alias: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const Video: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    ConnectionEntry: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TString;
            address: import("@sinclair/typebox").TString;
            networkTimeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            protocol: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            bufferTime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            port: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            roverPort: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            rtspReliable: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            ignoreEmbeddedKLV: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            alias: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
}>;
export declare const GeofenceAttributes: import("@sinclair/typebox").TObject<{
    elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
}>;
export declare const Geofence: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    }>;
}>;
export declare const Chat: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        chatroom: import("@sinclair/typebox").TString;
        id: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
    }>;
    chatgrp: import("@sinclair/typebox").TAny;
}>;
export declare const TakVersionAttributes: import("@sinclair/typebox").TObject<{
    device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const TakVersion: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const FlowTags: import("@sinclair/typebox").TAny;
export declare const GroupAttributes: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    role: import("@sinclair/typebox").TString;
}>;
export declare const Group: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        role: import("@sinclair/typebox").TString;
    }>>;
}>;
export declare const ACKRequestAttributes: import("@sinclair/typebox").TObject<{
    uid: import("@sinclair/typebox").TString;
    ackrequested: import("@sinclair/typebox").TBoolean;
    tag: import("@sinclair/typebox").TString;
}>;
export declare const ACKRequest: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TString;
        ackrequested: import("@sinclair/typebox").TBoolean;
        tag: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const FileShareAttributes: import("@sinclair/typebox").TObject<{
    filename: import("@sinclair/typebox").TString;
    name: import("@sinclair/typebox").TString;
    senderCallsign: import("@sinclair/typebox").TString;
    senderUid: import("@sinclair/typebox").TString;
    senderUrl: import("@sinclair/typebox").TString;
    sha256: import("@sinclair/typebox").TString;
    sizeInBytes: import("@sinclair/typebox").TInteger;
}>;
export declare const FileShare: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        filename: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
        senderUid: import("@sinclair/typebox").TString;
        senderUrl: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
        sizeInBytes: import("@sinclair/typebox").TInteger;
    }>;
}>;
export declare const StatusAttributes: import("@sinclair/typebox").TObject<{
    battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Status: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const Uid: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        Droid: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const ContactAttributes: import("@sinclair/typebox").TObject<{
    phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const Contact: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const MartiDestAttributes: import("@sinclair/typebox").TObject<{
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const MartiDest: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const Marti: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{}>>;
    dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>]>>;
}>;
export declare const AttachmentAttributes: import("@sinclair/typebox").TObject<{
    hashes: import("@sinclair/typebox").TString;
}>;
export declare const Attachment: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        hashes: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const RangeAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const Range: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const RangeUnitsAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const RangeUnits: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const BearingAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const Bearing: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const BearingUnitsAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const BearingUnits: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const InclinationAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const Inclination: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const NorthRefAttributes: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TString;
}>;
export declare const NorthRef: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const Remarks: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        source: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const PrecisionLocationAttributes: import("@sinclair/typebox").TObject<{
    geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const PrecisionLocation: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
}>;
export declare const UserIcon: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        iconsetpath: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const ForceDelete: import("@sinclair/typebox").TObject<{}>;
export declare const Detail: import("@sinclair/typebox").TObject<{
    contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
    tog: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            enabled: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    __group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            role: import("@sinclair/typebox").TString;
        }>>;
    }>>;
    __chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            chatroom: import("@sinclair/typebox").TString;
            id: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
        }>;
        chatgrp: import("@sinclair/typebox").TAny;
    }>>;
    __video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        ConnectionEntry: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                uid: import("@sinclair/typebox").TString;
                address: import("@sinclair/typebox").TString;
                networkTimeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                protocol: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                bufferTime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                port: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                roverPort: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                rtspReliable: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                ignoreEmbeddedKLV: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
                alias: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        }>>;
    }>>;
    __geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        }>;
    }>>;
    __forcedelete: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{}>>;
    '_flow-tags_': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TAny>;
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            Droid: import("@sinclair/typebox").TString;
        }>;
    }>>;
    status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
    fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            filename: import("@sinclair/typebox").TString;
            name: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
            senderUid: import("@sinclair/typebox").TString;
            senderUrl: import("@sinclair/typebox").TString;
            sha256: import("@sinclair/typebox").TString;
            sizeInBytes: import("@sinclair/typebox").TInteger;
        }>;
    }>>;
    ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TString;
            ackrequested: import("@sinclair/typebox").TBoolean;
            tag: import("@sinclair/typebox").TString;
        }>;
    }>>;
    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            source: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            argb: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    archive: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>]>>;
    strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    strokeStyle: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    labels_on: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>>;
            parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>>;
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _text: import("@sinclair/typebox").TString;
            }>>;
        }>>;
        MissionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            MissionChange: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                contentUid: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                creatorUid: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
                isFederatedChange: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                missionName: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                timestamp: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                type: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                details: import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        type: import("@sinclair/typebox").TString;
                        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>;
                    location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _attributes: import("@sinclair/typebox").TObject<{
                            lat: import("@sinclair/typebox").TString;
                            lon: import("@sinclair/typebox").TString;
                        }>;
                    }>>;
                }>;
            }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                contentUid: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                creatorUid: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
                isFederatedChange: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                missionName: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                timestamp: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                type: import("@sinclair/typebox").TObject<{
                    _text: import("@sinclair/typebox").TString;
                }>;
                details: import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        type: import("@sinclair/typebox").TString;
                        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>;
                    location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _attributes: import("@sinclair/typebox").TObject<{
                            lat: import("@sinclair/typebox").TString;
                            lon: import("@sinclair/typebox").TString;
                        }>;
                    }>>;
                }>;
            }>>]>;
        }>>;
    }>>;
    shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        polyline: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                closed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
                fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
            vertex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    lat: import("@sinclair/typebox").TNumber;
                    lon: import("@sinclair/typebox").TNumber;
                }>;
            }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    lat: import("@sinclair/typebox").TNumber;
                    lon: import("@sinclair/typebox").TNumber;
                }>;
            }>>]>>;
        }>>;
        ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                major: import("@sinclair/typebox").TNumber;
                minor: import("@sinclair/typebox").TNumber;
                angle: import("@sinclair/typebox").TNumber;
            }>;
        }>>;
    }>>;
    link: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>]>>;
    link_attr: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            planningmethod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
                Infil: "Infil";
                Exfil: "Exfil";
            }>>;
            color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            method: import("@sinclair/typebox").TEnum<{
                Driving: "Driving";
                Walking: "Walking";
                Flying: "Flying";
                Swimming: "Swimming";
                Watercraft: "Watercraft";
            }>;
            prefix: import("@sinclair/typebox").TString;
            stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            routetype: import("@sinclair/typebox").TEnum<{
                Primary: "Primary";
                Secondary: "Secondary";
            }>;
            direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
                Infil: "Infil";
                Exfil: "Exfil";
            }>>;
            order: import("@sinclair/typebox").TEnum<{
                Ascending: "Ascending Check Points";
                Descending: "Descending Check Points";
            }>;
        }>;
    }>>;
    usericon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            iconsetpath: import("@sinclair/typebox").TString;
        }>;
    }>>;
    track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            elevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            vfov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            roll: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            azimuth: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            north: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fovBlue: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fovAlpha: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fovGreen: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fovRed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            rangeLines: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            rangeLineStrokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            rangeLineStrokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            displayMagneticReference: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            hideFov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
    takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
    }>>;
    marti: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{}>>;
        dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        }>>]>>;
    }>>;
    attachment_list: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            hashes: import("@sinclair/typebox").TString;
        }>;
    }>>;
    range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    rangeUnits: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    bearing: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    bearingUnits: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    inclination: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    northRef: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
        }>;
    }>>;
    TakControl: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        TakProtocolSupport: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
        }>>;
        TakServerVersionInfo: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                serverVersion: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
        }>>;
    }>>;
}>;
export declare const Point: import("@sinclair/typebox").TObject<{
    _attributes: import("@sinclair/typebox").TObject<{
        lat: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
        lon: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
        hae: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
        ce: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
        le: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
    }>;
}>;
declare const _default: import("@sinclair/typebox").TObject<{
    event: import("@sinclair/typebox").TObject<{
        _attributes: import("@sinclair/typebox").TObject<{
            version: import("@sinclair/typebox").TString;
            uid: import("@sinclair/typebox").TString;
            type: import("@sinclair/typebox").TString;
            how: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            access: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            qos: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            opex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            time: import("@sinclair/typebox").TString;
            stale: import("@sinclair/typebox").TString;
            start: import("@sinclair/typebox").TString;
        }>;
        detail: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>;
            tog: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    enabled: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            __group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    name: import("@sinclair/typebox").TString;
                    role: import("@sinclair/typebox").TString;
                }>>;
            }>>;
            __chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    chatroom: import("@sinclair/typebox").TString;
                    id: import("@sinclair/typebox").TString;
                    senderCallsign: import("@sinclair/typebox").TString;
                }>;
                chatgrp: import("@sinclair/typebox").TAny;
            }>>;
            __video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
                ConnectionEntry: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        uid: import("@sinclair/typebox").TString;
                        address: import("@sinclair/typebox").TString;
                        networkTimeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        protocol: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        bufferTime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                        port: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                        roverPort: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                        rtspReliable: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                        ignoreEmbeddedKLV: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
                        alias: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>;
                }>>;
            }>>;
            __geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                }>;
            }>>;
            __forcedelete: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{}>>;
            '_flow-tags_': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TAny>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    Droid: import("@sinclair/typebox").TString;
                }>;
            }>>;
            status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>;
            fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    filename: import("@sinclair/typebox").TString;
                    name: import("@sinclair/typebox").TString;
                    senderCallsign: import("@sinclair/typebox").TString;
                    senderUid: import("@sinclair/typebox").TString;
                    senderUrl: import("@sinclair/typebox").TString;
                    sha256: import("@sinclair/typebox").TString;
                    sizeInBytes: import("@sinclair/typebox").TInteger;
                }>;
            }>>;
            ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    uid: import("@sinclair/typebox").TString;
                    ackrequested: import("@sinclair/typebox").TBoolean;
                    tag: import("@sinclair/typebox").TString;
                }>;
            }>>;
            remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    source: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
                _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
            precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>;
            color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    argb: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            archive: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>]>>;
            strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            strokeStyle: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            labels_on: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
                missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _text: import("@sinclair/typebox").TString;
                    }>>;
                    parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _text: import("@sinclair/typebox").TString;
                    }>>;
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _text: import("@sinclair/typebox").TString;
                    }>>;
                    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        _text: import("@sinclair/typebox").TString;
                    }>>;
                }>>;
                MissionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    MissionChange: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                        contentUid: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        creatorUid: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        }>;
                        isFederatedChange: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        missionName: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        timestamp: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        type: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        details: import("@sinclair/typebox").TObject<{
                            _attributes: import("@sinclair/typebox").TObject<{
                                type: import("@sinclair/typebox").TString;
                                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                                color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                            }>;
                            location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                                _attributes: import("@sinclair/typebox").TObject<{
                                    lat: import("@sinclair/typebox").TString;
                                    lon: import("@sinclair/typebox").TString;
                                }>;
                            }>>;
                        }>;
                    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                        contentUid: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        creatorUid: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        }>;
                        isFederatedChange: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        missionName: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        timestamp: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        type: import("@sinclair/typebox").TObject<{
                            _text: import("@sinclair/typebox").TString;
                        }>;
                        details: import("@sinclair/typebox").TObject<{
                            _attributes: import("@sinclair/typebox").TObject<{
                                type: import("@sinclair/typebox").TString;
                                callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                                color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                            }>;
                            location: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                                _attributes: import("@sinclair/typebox").TObject<{
                                    lat: import("@sinclair/typebox").TString;
                                    lon: import("@sinclair/typebox").TString;
                                }>;
                            }>>;
                        }>;
                    }>>]>;
                }>>;
            }>>;
            shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                polyline: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        closed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
                        fillColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>>;
                    vertex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                        _attributes: import("@sinclair/typebox").TObject<{
                            lat: import("@sinclair/typebox").TNumber;
                            lon: import("@sinclair/typebox").TNumber;
                        }>;
                    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                        _attributes: import("@sinclair/typebox").TObject<{
                            lat: import("@sinclair/typebox").TNumber;
                            lon: import("@sinclair/typebox").TNumber;
                        }>;
                    }>>]>>;
                }>>;
                ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        major: import("@sinclair/typebox").TNumber;
                        minor: import("@sinclair/typebox").TNumber;
                        angle: import("@sinclair/typebox").TNumber;
                    }>;
                }>>;
            }>>;
            link: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>]>>;
            link_attr: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    planningmethod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
                        Infil: "Infil";
                        Exfil: "Exfil";
                    }>>;
                    color: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                    method: import("@sinclair/typebox").TEnum<{
                        Driving: "Driving";
                        Walking: "Walking";
                        Flying: "Flying";
                        Swimming: "Swimming";
                        Watercraft: "Watercraft";
                    }>;
                    prefix: import("@sinclair/typebox").TString;
                    stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    routetype: import("@sinclair/typebox").TEnum<{
                        Primary: "Primary";
                        Secondary: "Secondary";
                    }>;
                    direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TEnum<{
                        Infil: "Infil";
                        Exfil: "Exfil";
                    }>>;
                    order: import("@sinclair/typebox").TEnum<{
                        Ascending: "Ascending Check Points";
                        Descending: "Descending Check Points";
                    }>;
                }>;
            }>>;
            usericon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    iconsetpath: import("@sinclair/typebox").TString;
                }>;
            }>>;
            track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>>;
            }>>;
            sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    elevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    vfov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    fov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    roll: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    azimuth: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    north: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    fovBlue: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    fovAlpha: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    fovGreen: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    fovRed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    strokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    strokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    rangeLines: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    rangeLineStrokeWeight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    rangeLineStrokeColor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    displayMagneticReference: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                    hideFov: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
                    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>;
            takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                }>;
            }>>;
            marti: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{}>>;
                dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>;
                }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TObject<{
                        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>;
                }>>]>>;
            }>>;
            attachment_list: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    hashes: import("@sinclair/typebox").TString;
                }>;
            }>>;
            range: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            rangeUnits: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            bearing: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            bearingUnits: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            inclination: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            northRef: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                _attributes: import("@sinclair/typebox").TObject<{
                    value: import("@sinclair/typebox").TString;
                }>;
            }>>;
            TakControl: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                TakProtocolSupport: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>>;
                }>>;
                TakServerVersionInfo: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                    _attributes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                        serverVersion: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    }>>;
                }>>;
            }>>;
        }>>;
        point: import("@sinclair/typebox").TObject<{
            _attributes: import("@sinclair/typebox").TObject<{
                lat: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
                lon: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
                hae: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
                ce: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
                le: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber]>;
            }>;
        }>;
    }>;
}>;
export default _default;

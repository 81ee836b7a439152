export declare const Position: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
export declare const FeaturePropertyMissionLayer: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export declare const FeaturePropertyMissionChange: import("@sinclair/typebox").TObject<{
    contentUid: import("@sinclair/typebox").TString;
    creatorUid: import("@sinclair/typebox").TString;
    isFederatedChange: import("@sinclair/typebox").TString;
    missionName: import("@sinclair/typebox").TString;
    timestamp: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TString;
    details: import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TString;
        callsign: import("@sinclair/typebox").TString;
        color: import("@sinclair/typebox").TString;
        lat: import("@sinclair/typebox").TString;
        lon: import("@sinclair/typebox").TString;
    }>;
}>;
export declare const FeaturePropertyMission: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    missionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        contentUid: import("@sinclair/typebox").TString;
        creatorUid: import("@sinclair/typebox").TString;
        isFederatedChange: import("@sinclair/typebox").TString;
        missionName: import("@sinclair/typebox").TString;
        timestamp: import("@sinclair/typebox").TString;
        type: import("@sinclair/typebox").TString;
        details: import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TString;
            callsign: import("@sinclair/typebox").TString;
            color: import("@sinclair/typebox").TString;
            lat: import("@sinclair/typebox").TString;
            lon: import("@sinclair/typebox").TString;
        }>;
    }>>>;
}>;
export declare const InputProperties: import("@sinclair/typebox").TObject<{
    callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    how: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    stale: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TString]>>;
    center: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
    course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    'marker-color': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'marker-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'stroke-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    'stroke-width': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    'stroke-style': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    fill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'fill-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    metadata: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>>;
    archived: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    }>>;
    contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            major: import("@sinclair/typebox").TNumber;
            minor: import("@sinclair/typebox").TNumber;
            angle: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        missionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            contentUid: import("@sinclair/typebox").TString;
            creatorUid: import("@sinclair/typebox").TString;
            isFederatedChange: import("@sinclair/typebox").TString;
            missionName: import("@sinclair/typebox").TString;
            timestamp: import("@sinclair/typebox").TString;
            type: import("@sinclair/typebox").TString;
            details: import("@sinclair/typebox").TObject<{
                type: import("@sinclair/typebox").TString;
                callsign: import("@sinclair/typebox").TString;
                color: import("@sinclair/typebox").TString;
                lat: import("@sinclair/typebox").TString;
                lon: import("@sinclair/typebox").TString;
            }>;
        }>>>;
    }>>;
    fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        filename: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
        senderUid: import("@sinclair/typebox").TString;
        senderUrl: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
        sizeInBytes: import("@sinclair/typebox").TInteger;
    }>>;
    ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TString;
        ackrequested: import("@sinclair/typebox").TBoolean;
        tag: import("@sinclair/typebox").TString;
    }>>;
    attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
    }>>;
    video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        connection: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
        }>>;
    }>>;
    links: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>>;
    chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        chatroom: import("@sinclair/typebox").TString;
        id: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
        chatgrp: import("@sinclair/typebox").TAny;
    }>>;
    track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>]>>;
    icon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    droid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        role: import("@sinclair/typebox").TString;
    }>>;
    status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
}>;
export declare const Properties: import("@sinclair/typebox").TObject<{
    callsign: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TString;
    how: import("@sinclair/typebox").TString;
    time: import("@sinclair/typebox").TString;
    start: import("@sinclair/typebox").TString;
    stale: import("@sinclair/typebox").TString;
    center: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
    course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    'marker-color': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'marker-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'stroke-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    'stroke-width': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    'stroke-style': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    fill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    'fill-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    metadata: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>>;
    archived: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    }>>;
    contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            major: import("@sinclair/typebox").TNumber;
            minor: import("@sinclair/typebox").TNumber;
            angle: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        missionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            contentUid: import("@sinclair/typebox").TString;
            creatorUid: import("@sinclair/typebox").TString;
            isFederatedChange: import("@sinclair/typebox").TString;
            missionName: import("@sinclair/typebox").TString;
            timestamp: import("@sinclair/typebox").TString;
            type: import("@sinclair/typebox").TString;
            details: import("@sinclair/typebox").TObject<{
                type: import("@sinclair/typebox").TString;
                callsign: import("@sinclair/typebox").TString;
                color: import("@sinclair/typebox").TString;
                lat: import("@sinclair/typebox").TString;
                lon: import("@sinclair/typebox").TString;
            }>;
        }>>>;
    }>>;
    fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        filename: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
        senderUid: import("@sinclair/typebox").TString;
        senderUrl: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
        sizeInBytes: import("@sinclair/typebox").TInteger;
    }>>;
    ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TString;
        ackrequested: import("@sinclair/typebox").TBoolean;
        tag: import("@sinclair/typebox").TString;
    }>>;
    attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
    }>>;
    video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        connection: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
        }>>;
    }>>;
    links: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>>;
    chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        chatroom: import("@sinclair/typebox").TString;
        id: import("@sinclair/typebox").TString;
        senderCallsign: import("@sinclair/typebox").TString;
        chatgrp: import("@sinclair/typebox").TAny;
    }>>;
    track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>]>>;
    icon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    droid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        role: import("@sinclair/typebox").TString;
    }>>;
    status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
}>;
export declare const Point: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"Point">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
}>;
export declare const MultiPoint: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"MultiPoint">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
}>;
export declare const LineString: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"LineString">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
}>;
export declare const MultiLineString: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"MultiLineString">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>;
}>;
export declare const Polygon: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"Polygon">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>;
}>;
export declare const MultiPolygon: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"MultiPolygon">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>>;
}>;
export declare const Geometry: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"Point">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
}>, import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"LineString">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
}>, import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TLiteral<"Polygon">;
    coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>;
}>]>;
export declare const Feature: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TLiteral<string>;
    properties: import("@sinclair/typebox").TObject<{
        callsign: import("@sinclair/typebox").TString;
        type: import("@sinclair/typebox").TString;
        how: import("@sinclair/typebox").TString;
        time: import("@sinclair/typebox").TString;
        start: import("@sinclair/typebox").TString;
        stale: import("@sinclair/typebox").TString;
        center: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
        course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        'marker-color': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'marker-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'stroke-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        'stroke-width': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        'stroke-style': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        fill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'fill-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        metadata: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>>;
        archived: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        }>>;
        contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                major: import("@sinclair/typebox").TNumber;
                minor: import("@sinclair/typebox").TNumber;
                angle: import("@sinclair/typebox").TNumber;
            }>>;
        }>>;
        remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
            missionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                contentUid: import("@sinclair/typebox").TString;
                creatorUid: import("@sinclair/typebox").TString;
                isFederatedChange: import("@sinclair/typebox").TString;
                missionName: import("@sinclair/typebox").TString;
                timestamp: import("@sinclair/typebox").TString;
                type: import("@sinclair/typebox").TString;
                details: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TString;
                    callsign: import("@sinclair/typebox").TString;
                    color: import("@sinclair/typebox").TString;
                    lat: import("@sinclair/typebox").TString;
                    lon: import("@sinclair/typebox").TString;
                }>;
            }>>>;
        }>>;
        fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            filename: import("@sinclair/typebox").TString;
            name: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
            senderUid: import("@sinclair/typebox").TString;
            senderUrl: import("@sinclair/typebox").TString;
            sha256: import("@sinclair/typebox").TString;
            sizeInBytes: import("@sinclair/typebox").TInteger;
        }>>;
        ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TString;
            ackrequested: import("@sinclair/typebox").TBoolean;
            tag: import("@sinclair/typebox").TString;
        }>>;
        attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
        }>>;
        video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            connection: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
            }>>;
        }>>;
        links: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>>;
        chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            chatroom: import("@sinclair/typebox").TString;
            id: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
            chatgrp: import("@sinclair/typebox").TAny;
        }>>;
        track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>]>>;
        icon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        droid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            role: import("@sinclair/typebox").TString;
        }>>;
        status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    }>;
    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    geometry: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"Point">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
    }>, import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"LineString">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
    }>, import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"Polygon">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>;
    }>]>;
}>;
export declare const InputFeature: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    type: import("@sinclair/typebox").TLiteral<string>;
    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    properties: import("@sinclair/typebox").TObject<{
        callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        how: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        stale: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TString]>>;
        center: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
        course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        'marker-color': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'marker-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        stroke: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'stroke-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        'stroke-width': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        'stroke-style': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        fill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        'fill-opacity': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        metadata: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>>;
        archived: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        geofence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            elevationMonitored: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            minElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            maxElevation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            monitor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            trigger: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tracking: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            boundingSphere: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        }>>;
        contact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            phone: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            endpoint: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        shape: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            ellipse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                major: import("@sinclair/typebox").TNumber;
                minor: import("@sinclair/typebox").TNumber;
                angle: import("@sinclair/typebox").TNumber;
            }>>;
        }>>;
        remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            tool: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            authorUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            missionLayer: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                parentUid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
            missionChanges: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                contentUid: import("@sinclair/typebox").TString;
                creatorUid: import("@sinclair/typebox").TString;
                isFederatedChange: import("@sinclair/typebox").TString;
                missionName: import("@sinclair/typebox").TString;
                timestamp: import("@sinclair/typebox").TString;
                type: import("@sinclair/typebox").TString;
                details: import("@sinclair/typebox").TObject<{
                    type: import("@sinclair/typebox").TString;
                    callsign: import("@sinclair/typebox").TString;
                    color: import("@sinclair/typebox").TString;
                    lat: import("@sinclair/typebox").TString;
                    lon: import("@sinclair/typebox").TString;
                }>;
            }>>>;
        }>>;
        fileshare: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            filename: import("@sinclair/typebox").TString;
            name: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
            senderUid: import("@sinclair/typebox").TString;
            senderUrl: import("@sinclair/typebox").TString;
            sha256: import("@sinclair/typebox").TString;
            sizeInBytes: import("@sinclair/typebox").TInteger;
        }>>;
        ackrequest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TString;
            ackrequested: import("@sinclair/typebox").TBoolean;
            tag: import("@sinclair/typebox").TString;
        }>>;
        attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
        }>>;
        video: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            sensor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            spi: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            connection: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
            }>>;
        }>>;
        links: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            point: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mime: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            remarks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            relation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            production_time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            parent_callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>>;
        chat: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            parent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            groupOwner: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            messageId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            chatroom: import("@sinclair/typebox").TString;
            id: import("@sinclair/typebox").TString;
            senderCallsign: import("@sinclair/typebox").TString;
            chatgrp: import("@sinclair/typebox").TAny;
        }>>;
        track: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            speed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            course: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            slope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eCourse: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSpeed: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            eSlope: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        dest: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            uid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            callsign: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            mission: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            'mission-guid': import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            after: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>]>>;
        icon: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        droid: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        takv: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            device: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            os: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            version: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        group: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            role: import("@sinclair/typebox").TString;
        }>>;
        status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            battery: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            readiness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        precisionlocation: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            geopointsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            altsrc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    }>;
    geometry: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"Point">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
    }>, import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"LineString">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
    }>, import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TLiteral<"Polygon">;
        coordinates: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>>;
    }>]>;
}>;

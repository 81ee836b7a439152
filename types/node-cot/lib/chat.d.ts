import CoT from './cot.js';
export type DirectChatMember = {
    uid: string;
    callsign: string;
};
export type DirectChatInput = {
    to: DirectChatMember;
    from: DirectChatMember;
    message: string;
    parent?: string;
    chatroom?: string;
    groupOwner?: boolean;
    messageId?: string;
    id?: string;
};
export declare class DirectChat extends CoT {
    constructor(chat: DirectChatInput);
}

import { CloseInquiryHandler } from '../commands/close-inquiry/close-inquiry.handler';
import { CloseInquiryHttpController } from '../commands/close-inquiry/close-inquiry.http.controller';
import { EraseInquiryContactHandler } from '../commands/erase-inquiry-contact/erase-inquiry-contact.handler';
import { EraseInquiryContactHttpController } from '../commands/erase-inquiry-contact/erase-inquiry-contact.http.controller';
import { HoldExploratoryConversationHandler } from '../commands/hold-exploratory-conversation/hold-exploratory-conversation.handler';
import { HoldExploratoryConversationHttpController } from '../commands/hold-exploratory-conversation/hold-exploratory-conversation.http.controller';
import { ReceiveInquiryHandler } from '../commands/receive-inquiry/receive-inquiry.handler';
import { ReceiveInquiryHttpController } from '../commands/receive-inquiry/receive-inquiry.http.controller';
import { ReferInquiryHandler } from '../commands/refer-inquiry/refer-inquiry.handler';
import { ReferInquiryHttpController } from '../commands/refer-inquiry/refer-inquiry.http.controller';
import { GetInquiryHttpController } from '../queries/get-inquiry/get-inquiry.http.controller';
import { ListInquiriesHttpController } from '../queries/list-inquiries/list-inquiries.http.controller';
import { ListOverdueInquiriesHttpController } from '../queries/list-overdue-inquiries/list-overdue-inquiries.http.controller';
import type { Slices } from './slices';

export const inquirySlices: Slices = {
  controllers: [
    // Before GET /inquiries/:id, which would otherwise take "overdue" for an id.
    ListOverdueInquiriesHttpController,
    ReceiveInquiryHttpController,
    HoldExploratoryConversationHttpController,
    ReferInquiryHttpController,
    CloseInquiryHttpController,
    EraseInquiryContactHttpController,
    ListInquiriesHttpController,
    GetInquiryHttpController,
  ],
  providers: [
    ReceiveInquiryHandler,
    HoldExploratoryConversationHandler,
    ReferInquiryHandler,
    CloseInquiryHandler,
    EraseInquiryContactHandler,
  ],
};

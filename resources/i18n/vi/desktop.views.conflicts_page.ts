<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.conflicts_page</name>
    <message>
      <source>hub</source>
      <translation>trạm tổng hợp</translation>
    </message>
    <message>
      <source>Keep the current version</source>
      <translation>Giữ bản hiện tại</translation>
    </message>
    <message>
      <source>Take the other version</source>
      <translation>Lấy bản kia</translation>
    </message>
    <message>
      <source>Kept the current version of {record}.</source>
      <translation>Đã giữ bản hiện tại của {record}.</translation>
    </message>
    <message>
      <source>Took the other version of {record}; it will go to the other stations with the next bundle.</source>
      <translation>Đã lấy bản kia của {record}; thay đổi này sẽ được gửi tới các trạm khác trong gói dữ liệu tiếp theo.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Other version from</source>
      <translation>Bản kia của trạm</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Phát hiện lúc</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Thông tin</translation>
    </message>
    <message>
      <source>Current version</source>
      <translation>Bản hiện tại</translation>
    </message>
    <message>
      <source>Other version</source>
      <translation>Bản kia</translation>
    </message>
    <message>
      <source>Conflicts between versions</source>
      <translation>Xung đột giữa các phiên bản</translation>
    </message>
    <message>
      <source>No conflict to review.</source>
      <translation>Không có xung đột nào cần xem xét.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <source>This record belongs to the commune: only the commune's stations can take the other version. Keep the current one here, or let the commune choose.</source>
      <translation>Bản ghi này thuộc về xã: chỉ các trạm của xã mới lấy được phiên bản kia. Hãy giữ phiên bản hiện tại ở đây, hoặc để xã chọn.</translation>
    </message>
    <message>
      <source>{count} fields differ (in bold). Keeping changes nothing; taking the other version writes it as a new change that goes to the other stations.</source>
      <translation>{count} trường khác nhau (in đậm). Giữ bản hiện tại thì không thay đổi gì; lấy bản kia thì bản đó được ghi thành một thay đổi mới và gửi tới các trạm khác.</translation>
    </message>
    <message>
      <source>{count} conflicts to review. Two stations changed the same record before seeing each other's change; the later change is in place, the other is kept here.</source>
      <translation>{count} xung đột cần xem xét. Hai trạm đã sửa cùng một bản ghi trước khi nhận được thay đổi của nhau; bản sửa sau đang được dùng, bản kia được giữ lại ở đây.</translation>
    </message>
    <message>
      <source>Current version ({station})</source>
      <translation>Bản hiện tại ({station})</translation>
    </message>
    <message>
      <source>Other version ({station})</source>
      <translation>Bản kia ({station})</translation>
    </message>
  </context>
</TS>

# Generated from ui/enterprise_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_EnterpriseDialog(object):
    def setupUi(self, EnterpriseDialog):
        if not EnterpriseDialog.objectName():
            EnterpriseDialog.setObjectName(u"EnterpriseDialog")
        EnterpriseDialog.resize(820, 520)
        self.mainLayout = QVBoxLayout(EnterpriseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(EnterpriseDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityLayout = QFormLayout(self.identityGroup)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.label_nameEdit = QLabel(self.identityGroup)
        self.label_nameEdit.setObjectName(u"label_nameEdit")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_nameEdit)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.label_sectorCombo = QLabel(self.identityGroup)
        self.label_sectorCombo.setObjectName(u"label_sectorCombo")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_sectorCombo)

        self.sectorCombo = QComboBox(self.identityGroup)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setEditable(True)
        self.sectorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.label_productsEdit = QLabel(self.identityGroup)
        self.label_productsEdit.setObjectName(u"label_productsEdit")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_productsEdit)

        self.productsEdit = QLineEdit(self.identityGroup)
        self.productsEdit.setObjectName(u"productsEdit")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productsEdit)

        self.label_countryEdit = QLabel(self.identityGroup)
        self.label_countryEdit.setObjectName(u"label_countryEdit")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_countryEdit)

        self.countryEdit = QLineEdit(self.identityGroup)
        self.countryEdit.setObjectName(u"countryEdit")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.label_regionEdit = QLabel(self.identityGroup)
        self.label_regionEdit.setObjectName(u"label_regionEdit")

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_regionEdit)

        self.regionEdit = QLineEdit(self.identityGroup)
        self.regionEdit.setObjectName(u"regionEdit")

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.label_addressEdit = QLabel(self.identityGroup)
        self.label_addressEdit.setObjectName(u"label_addressEdit")

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_addressEdit)

        self.addressEdit = QPlainTextEdit(self.identityGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 48))
        self.addressEdit.setTabChangesFocus(True)

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.label_buyersEdit = QLabel(self.identityGroup)
        self.label_buyersEdit.setObjectName(u"label_buyersEdit")

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_buyersEdit)

        self.buyersEdit = QLineEdit(self.identityGroup)
        self.buyersEdit.setObjectName(u"buyersEdit")

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.buyersEdit)

        self.label_currencyEdit = QLabel(self.identityGroup)
        self.label_currencyEdit.setObjectName(u"label_currencyEdit")

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_currencyEdit)

        self.currencyEdit = QLineEdit(self.identityGroup)
        self.currencyEdit.setObjectName(u"currencyEdit")
        self.currencyEdit.setMaxLength(3)

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.currencyEdit)


        self.leftColumn.addWidget(self.identityGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.contactGroup = QGroupBox(EnterpriseDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactLayout = QFormLayout(self.contactGroup)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.label_contactEdit = QLabel(self.contactGroup)
        self.label_contactEdit.setObjectName(u"label_contactEdit")

        self.contactLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_contactEdit)

        self.contactEdit = QLineEdit(self.contactGroup)
        self.contactEdit.setObjectName(u"contactEdit")

        self.contactLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.label_phoneEdit = QLabel(self.contactGroup)
        self.label_phoneEdit.setObjectName(u"label_phoneEdit")

        self.contactLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_phoneEdit)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.label_emailEdit = QLabel(self.contactGroup)
        self.label_emailEdit.setObjectName(u"label_emailEdit")

        self.contactLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_emailEdit)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.contactLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.rightColumn.addWidget(self.contactGroup)

        self.workforceGroup = QGroupBox(EnterpriseDialog)
        self.workforceGroup.setObjectName(u"workforceGroup")
        self.headcountLayout = QGridLayout(self.workforceGroup)
        self.headcountLayout.setObjectName(u"headcountLayout")
        self.womenHeader = QLabel(self.workforceGroup)
        self.womenHeader.setObjectName(u"womenHeader")

        self.headcountLayout.addWidget(self.womenHeader, 0, 1, 1, 1)

        self.menHeader = QLabel(self.workforceGroup)
        self.menHeader.setObjectName(u"menHeader")

        self.headcountLayout.addWidget(self.menHeader, 0, 2, 1, 1)

        self.workersLabel = QLabel(self.workforceGroup)
        self.workersLabel.setObjectName(u"workersLabel")

        self.headcountLayout.addWidget(self.workersLabel, 1, 0, 1, 1)

        self.workersWomenSpin = QSpinBox(self.workforceGroup)
        self.workersWomenSpin.setObjectName(u"workersWomenSpin")
        self.workersWomenSpin.setMaximum(100000)
        self.workersWomenSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headcountLayout.addWidget(self.workersWomenSpin, 1, 1, 1, 1)

        self.workersMenSpin = QSpinBox(self.workforceGroup)
        self.workersMenSpin.setObjectName(u"workersMenSpin")
        self.workersMenSpin.setMaximum(100000)
        self.workersMenSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headcountLayout.addWidget(self.workersMenSpin, 1, 2, 1, 1)

        self.managersLabel = QLabel(self.workforceGroup)
        self.managersLabel.setObjectName(u"managersLabel")

        self.headcountLayout.addWidget(self.managersLabel, 2, 0, 1, 1)

        self.managersWomenSpin = QSpinBox(self.workforceGroup)
        self.managersWomenSpin.setObjectName(u"managersWomenSpin")
        self.managersWomenSpin.setMaximum(100000)
        self.managersWomenSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headcountLayout.addWidget(self.managersWomenSpin, 2, 1, 1, 1)

        self.managersMenSpin = QSpinBox(self.workforceGroup)
        self.managersMenSpin.setObjectName(u"managersMenSpin")
        self.managersMenSpin.setMaximum(100000)
        self.managersMenSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headcountLayout.addWidget(self.managersMenSpin, 2, 2, 1, 1)

        self.totalLabel = QLabel(self.workforceGroup)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.totalLabel.setText(u"")

        self.headcountLayout.addWidget(self.totalLabel, 3, 0, 1, 3)

        self.unionCheck = QCheckBox(self.workforceGroup)
        self.unionCheck.setObjectName(u"unionCheck")

        self.headcountLayout.addWidget(self.unionCheck, 4, 0, 1, 3)


        self.rightColumn.addWidget(self.workforceGroup)

        self.notesGroup = QGroupBox(EnterpriseDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.rightColumn.addWidget(self.notesGroup)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.problemsLabel = QLabel(EnterpriseDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #b00020;")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setText(u"")

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(EnterpriseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_nameEdit.setBuddy(self.nameEdit)
        self.label_sectorCombo.setBuddy(self.sectorCombo)
        self.label_productsEdit.setBuddy(self.productsEdit)
        self.label_countryEdit.setBuddy(self.countryEdit)
        self.label_regionEdit.setBuddy(self.regionEdit)
        self.label_addressEdit.setBuddy(self.addressEdit)
        self.label_buyersEdit.setBuddy(self.buyersEdit)
        self.label_currencyEdit.setBuddy(self.currencyEdit)
        self.label_contactEdit.setBuddy(self.contactEdit)
        self.label_phoneEdit.setBuddy(self.phoneEdit)
        self.label_emailEdit.setBuddy(self.emailEdit)
        self.workersLabel.setBuddy(self.workersWomenSpin)
        self.managersLabel.setBuddy(self.managersWomenSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnterpriseDialog)

        QMetaObject.connectSlotsByName(EnterpriseDialog)
    # setupUi

    def retranslateUi(self, EnterpriseDialog):
        EnterpriseDialog.setWindowTitle(QCoreApplication.translate("EnterpriseDialog", u"Enterprise", None))
        self.identityGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Enterprise", None))
        self.label_nameEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"Registered or usual name", None))
        self.label_sectorCombo.setText(QCoreApplication.translate("EnterpriseDialog", u"&Sector:", None))
        self.label_productsEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&Products:", None))
        self.productsEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"Main products or services", None))
        self.label_countryEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&Country:", None))
        self.label_regionEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&Region / city:", None))
        self.label_addressEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&Address:", None))
        self.label_buyersEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"Main &buyers:", None))
        self.buyersEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"Brands, buyers or supply chain", None))
        self.label_currencyEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"C&urrency:", None))
        self.currencyEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"ISO code, e.g. CNY; empty: from the country", None))
        self.contactGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Contact", None))
        self.label_contactEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"C&ontact person:", None))
        self.label_phoneEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"P&hone:", None))
        self.label_emailEdit.setText(QCoreApplication.translate("EnterpriseDialog", u"&E-mail:", None))
        self.workforceGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Workforce by sex", None))
        self.womenHeader.setText(QCoreApplication.translate("EnterpriseDialog", u"Women", None))
        self.menHeader.setText(QCoreApplication.translate("EnterpriseDialog", u"Men", None))
        self.workersLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Workers:", None))
        self.managersLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Managers:", None))
        self.unionCheck.setText(QCoreApplication.translate("EnterpriseDialog", u"A trade &union is present", None))
        self.notesGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Notes", None))
    # retranslateUi

